package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * How parents are informed about support provisions and about independent support is described.
 */
@RuleInfo(id = "inhoud.ouders", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub f", "WVO art. 17a lid 8 sub f"})
public final class ParentInformationRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/ouders", plan.ouders() != null, plan.ouders() == null ? List.of() : plan.ouders().paragrafen());
    }
}
