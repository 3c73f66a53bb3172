package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import java.time.LocalDate;
import java.time.Month;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan states its period, which starts on 1 August and lasts at most four years.
 *
 * <p>The bestuur adopts a plan at least once every four years, for a period that starts with the school year.
 */
@RuleInfo(id = "procedure.periode", severity = FOUT, legalBasis = {"WPO art. 18a lid 7", "WVO art. 17a lid 7"})
public final class PeriodRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_START = "no-start";
    static final String MSG_NO_END = "no-end";
    static final String MSG_NOT_AUGUST = "not-august";
    static final String MSG_TOO_LONG = "too-long";
    static final String MSG_REVERSED = "reversed";

    @Override
    public void check(Plan plan, RuleContext context) {
        Periode periode = plan.periode();
        if (periode == null) {
            context.report(context.positionOf("/periode"), MSG_MISSING);
            return;
        }
        LocalDate van = periode.van();
        LocalDate tot = periode.tot();
        if (van == null) {
            context.report(context.positionOf("/periode/van"), MSG_NO_START);
        } else if (van.getMonth() != Month.AUGUST || van.getDayOfMonth() != 1) {
            context.report(context.positionOf("/periode/van"), MSG_NOT_AUGUST, van);
        }
        if (tot == null) {
            context.report(context.positionOf("/periode/tot"), MSG_NO_END);
        }
        if (van != null && tot != null) {
            if (tot.isBefore(van)) {
                context.report(context.positionOf("/periode/tot"), MSG_REVERSED, van, tot);
            } else if (tot.isAfter(van.plusYears(4).minusDays(1))) {
                context.report(context.positionOf("/periode/tot"), MSG_TOO_LONG, van, tot);
            }
        }
    }
}
