package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import java.time.LocalDate;
import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vaststelling.Oogo;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Every OOGO is dated before the adoption by the bestuur.
 *
 * <p>The OOGO is held on the draft plan, so it cannot come after adoption. Undated OOGOs and a missing adoption date
 * are the findings of other rules, not of this one.
 */
@RuleInfo(id = "procedure.oogo-voor-vaststelling", severity = FOUT, legalBasis = {"WPO art. 18a lid 9", "WVO art. 17a lid 9"})
public final class OogoBeforeAdoptionRule implements Rule {

    static final String MSG_AFTER_ADOPTION = "after-adoption";

    @Override
    public void check(Plan plan, RuleContext context) {
        LocalDate adoption = plan.vaststelling().bestuur();
        if (adoption == null) {
            return;
        }
        List<Oogo> oogo = plan.vaststelling().oogo();
        for (int i = 0; i < oogo.size(); i++) {
            LocalDate date = oogo.get(i).datum();
            if (date != null && date.isAfter(adoption)) {
                context.report(context.positionOf("/vaststelling/oogo/" + i + "/datum"), MSG_AFTER_ADOPTION,
                        oogo.get(i).gemeente(), date, adoption);
            }
        }
    }
}
