package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The plan relates to the schools' ondersteuningsprofielen (SOP).
 *
 * <p>Each school sets its own profile within the basisondersteuning; the plan says how the two fit together.
 */
@RuleInfo(id = "inhoud.schoolondersteuningsprofielen", severity = WAARSCHUWING,
        legalBasis = {"WPO art. 18a lid 8 sub a", "WVO art. 17a lid 8 sub a"})
public final class SchoolProfilesRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/schoolondersteuningsprofielen", plan.schoolondersteuningsprofielen() != null, plan.schoolondersteuningsprofielen() == null ? List.of() : plan.schoolondersteuningsprofielen().paragrafen());
    }
}
