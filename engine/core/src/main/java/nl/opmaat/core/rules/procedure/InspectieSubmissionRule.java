package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.ADVIES;

import java.time.LocalDate;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan reached the Inspectie before 1 May of the year its period starts.
 *
 * <p>Recording the date lets the SWV show it met the deadline. Without a period start the deadline is unknown and
 * only a missing date is reported.
 */
@RuleInfo(id = "procedure.toezending-inspectie", severity = ADVIES, legalBasis = {"WPO art. 18a lid 10", "WVO art. 17a lid 10"})
public final class InspectieSubmissionRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_LATE = "late";

    @Override
    public void check(Plan plan, RuleContext context) {
        LocalDate sent = plan.vaststelling().toezendingInspectie();
        if (sent == null) {
            context.report(context.positionOf("/vaststelling/toezending-inspectie"), MSG_MISSING);
            return;
        }
        if (plan.periode() != null && plan.periode().van() != null) {
            LocalDate deadline = LocalDate.of(plan.periode().van().getYear(), 5, 1);
            if (!sent.isBefore(deadline)) {
                context.report(context.positionOf("/vaststelling/toezending-inspectie"), MSG_LATE, sent,
                        deadline);
            }
        }
    }
}
