package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The intended and achieved results (beoogde en bereikte resultaten) for pupils who need support are described.
 */
@RuleInfo(id = "inhoud.resultaten", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub e", "WVO art. 17a lid 8 sub e"})
public final class ResultsRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/resultaten", plan.resultaten() != null, plan.resultaten() == null ? List.of() : plan.resultaten().paragrafen());
    }
}
