package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import java.util.Locale;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The two deskundigen who advise on a TLV are named: an orthopedagoog or psycholoog, plus a second expert.
 *
 * <p>The law fixes the first as an orthopedagoog or (GZ-/kinder-)psycholoog; the second depends on the pupil. Known
 * false negative: "1e en 2e deskundige" without disciplines is reported, as it should be, but a plan naming two
 * disciplines in a garbled way may pass.
 */
@RuleInfo(id = "inhoud.tlv-deskundigen", severity = FOUT, legalBasis = {"WPO art. 18a lid 11", "WVO art. 17a lid 12"})
public final class TlvExpertsRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_ONLY_ONE = "only-one";
    static final String MSG_NO_BEHAVIOURAL = "no-behavioural";

    @Override
    public void check(Plan plan, RuleContext context) {
        List<String> experts = plan.tlv() == null ? List.of() : plan.tlv().deskundigen();
        if (experts.isEmpty()) {
            context.report(context.positionOf("/tlv/deskundigen"), MSG_MISSING);
            return;
        }
        if (experts.size() < 2) {
            context.report(context.positionOf("/tlv/deskundigen"), MSG_ONLY_ONE, experts.get(0));
        }
        boolean behavioural = experts.stream().map(e -> e.toLowerCase(Locale.ROOT))
                .anyMatch(e -> e.contains("orthopedagoog") || e.contains("psycholoog"));
        if (!behavioural) {
            context.report(context.positionOf("/tlv/deskundigen"), MSG_NO_BEHAVIOURAL);
        }
    }
}
