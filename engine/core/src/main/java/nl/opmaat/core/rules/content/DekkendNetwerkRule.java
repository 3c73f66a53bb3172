package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The provisions of the network (dekkend netwerk) within and between schools are described.
 *
 * <p>Extra support, SBO, SO/VSO, special classes and provisions for thuiszitters together give every pupil a place.
 */
@RuleInfo(id = "inhoud.dekkend-netwerk", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub a", "WVO art. 17a lid 8 sub a"})
public final class DekkendNetwerkRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/dekkend-netwerk", plan.dekkendNetwerk() != null, plan.dekkendNetwerk() == null ? List.of() : plan.dekkendNetwerk().paragrafen());
    }
}
