package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.model.Afwijking;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Every waiver (afwijking) names an existing rule and has not expired.
 *
 * <p>A waiver keeps a finding visible but stops it from failing the run; one for a mistyped rule id silently waives
 * nothing, and an expired one no longer applies, so both are reported.
 */
@RuleInfo(id = "procedure.afwijkingen", severity = WAARSCHUWING, legalBasis = {"goede praktijk"})
public final class WaiverRule implements Rule {

    static final String MSG_UNKNOWN_RULE = "unknown-rule";
    static final String MSG_EXPIRED = "expired";

    @Override
    public void check(Plan plan, RuleContext context) {
        for (Afwijking waiver : plan.afwijkingen()) {
            if (!context.knowsRule(waiver.regel())) {
                context.report(context.positionOf("/afwijkingen/" + waiver.index() + "/regel"), MSG_UNKNOWN_RULE, waiver.regel());
            } else if (waiver.tot() != null && waiver.tot().isBefore(context.today())) {
                context.report(context.positionOf("/afwijkingen/" + waiver.index() + "/tot"), MSG_EXPIRED, waiver.regel(),
                        waiver.tot());
            }
        }
    }
}
