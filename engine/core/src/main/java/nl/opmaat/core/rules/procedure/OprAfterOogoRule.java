package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vaststelling.Oogo;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The OPR consents to the plan as it stands after the OOGO, not to an earlier draft.
 *
 * <p>The OOGO may still change the draft; consent given before it covers a text that may no longer be the one adopted.
 * Found in the real plans (consent weeks before the last OOGO); an inspector asks whether the final text had consent.
 */
@RuleInfo(id = "procedure.opr-na-oogo", severity = WAARSCHUWING, legalBasis = {"WMS art. 14a", "goede praktijk"})
public final class OprAfterOogoRule implements Rule {

    static final String MSG_BEFORE_OOGO = "before-oogo";

    @Override
    public void check(Plan plan, RuleContext context) {
        LocalDate consent = plan.vaststelling().oprInstemming();
        if (consent == null) {
            return;
        }
        Optional<Oogo> last = plan.vaststelling().oogo().stream().filter(o -> o.datum() != null)
                .max(Comparator.comparing(Oogo::datum));
        if (last.isPresent() && consent.isBefore(last.get().datum())) {
            context.report(context.positionOf("/vaststelling/opr-instemming"), MSG_BEFORE_OOGO, consent,
                    last.get().gemeente(), last.get().datum());
        }
    }
}
