package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The adoption of the plan by the SWV's bestuur is dated.
 *
 * <p>Without a date the Inspectie cannot see that consent and consultation came first, nor which plan is in force.
 */
@RuleInfo(id = "procedure.vaststelling", severity = FOUT, legalBasis = {"WPO art. 18a lid 7", "WVO art. 17a lid 7"})
public final class AdoptionDatedRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.vaststelling().bestuur() == null) {
            context.report(context.positionOf("/vaststelling/bestuur"), MSG_MISSING);
        }
    }
}
