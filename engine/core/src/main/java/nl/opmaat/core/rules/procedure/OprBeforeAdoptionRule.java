package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import java.time.LocalDate;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The OPR's consent is dated before the adoption by the bestuur.
 *
 * <p>Consent must precede adoption; consent on the day of adoption is accepted. Only judged when both dates are
 * given: a missing date is the finding of {@code procedure.opr-instemming} or {@code procedure.vaststelling}.
 */
@RuleInfo(id = "procedure.opr-voor-vaststelling", severity = FOUT, legalBasis = {"WMS art. 14a"})
public final class OprBeforeAdoptionRule implements Rule {

    static final String MSG_AFTER_ADOPTION = "after-adoption";

    @Override
    public void check(Plan plan, RuleContext context) {
        LocalDate consent = plan.vaststelling().oprInstemming();
        LocalDate adoption = plan.vaststelling().bestuur();
        if (consent != null && adoption != null && consent.isAfter(adoption)) {
            context.report(context.positionOf("/vaststelling/opr-instemming"), MSG_AFTER_ADOPTION,
                    consent, adoption);
        }
    }
}
