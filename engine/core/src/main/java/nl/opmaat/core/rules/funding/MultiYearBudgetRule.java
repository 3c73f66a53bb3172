package nl.opmaat.core.rules.funding;

import static nl.opmaat.api.Severity.FOUT;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * A multi-year budget gives figures for each year of the period.
 *
 * <p>SWV budgets run by calendar year, so a period from 1 August of year Y to 31 July of year Y+4 needs the budgets
 * of Y+1 to Y+4 (the calendar years it covers for the most part); extra years are welcome. A year counts when it has
 * at least one amount (a line or a total).
 */
@RuleInfo(id = "inhoud.meerjarenbegroting", severity = FOUT, legalBasis = {"WPO art. 18a lid 8 sub b", "WVO art. 17a lid 8 sub b"})
public final class MultiYearBudgetRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_YEARS_MISSING = "years-missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Financien financien = plan.financien();
        List<Financien.Begroting> years = financien == null ? List.of()
                : financien.begroting().stream().filter(MultiYearBudgetRule::hasFigures).toList();
        if (years.isEmpty()) {
            context.report(context.positionOf("/financien/begroting"), MSG_MISSING);
            return;
        }
        if (plan.periode() == null || plan.periode().van() == null || plan.periode().tot() == null) {
            return;
        }
        int first = plan.periode().van().getMonthValue() >= 7 ? plan.periode().van().getYear() + 1 : plan.periode().van().getYear();
        int last = plan.periode().tot().getYear();
        List<String> missing = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            int y = year;
            if (years.stream().noneMatch(b -> b.jaar() == y)) {
                missing.add(String.valueOf(year));
            }
        }
        if (!missing.isEmpty()) {
            context.report(context.positionOf("/financien/begroting"), MSG_YEARS_MISSING, String.join(", ", missing));
        }
    }

    private static boolean hasFigures(Financien.Begroting year) {
        return !year.baten().isEmpty() || !year.lasten().isEmpty() || year.totaalBaten() != null || year.totaalLasten() != null;
    }
}
