package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vangnet;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The plan holds a vangnetbepaling for above-average growth of SBO and (V)SO after the 1 February count date.
 *
 * <p>Required since the simplified funding ended the groeiregeling on 1 January 2023, so only for plans whose period
 * reaches past that date. Not the same as doorzettingsmacht. A one-line {@code regeling} without a paragraph counts
 * as described, because some plans settle it in a single sentence.
 */
@RuleInfo(id = "inhoud.vangnet", severity = FOUT, inForce = "vangnet",
        legalBasis = {"WPO art. 18a lid 8 sub g", "WVO art. 17a lid 8 sub g"})
public final class VangnetRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Vangnet vangnet = plan.vangnet();
        if (vangnet != null && vangnet.paragrafen().isEmpty() && vangnet.regeling() != null
                && vangnet.regeling().split("\\s+").length >= 8) {
            return;
        }
        Presence.check(context, "/vangnet", vangnet != null, vangnet == null ? java.util.List.of() : vangnet.paragrafen());
    }
}
