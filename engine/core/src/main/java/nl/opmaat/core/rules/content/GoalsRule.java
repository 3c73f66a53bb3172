package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Goals have a measurable indicator, a baseline (nulmeting) and a target (streefwaarde).
 *
 * <p>Without a baseline the achieved result cannot be judged at the end of the period, which the law asks for under
 * "beoogde en bereikte resultaten".
 */
@RuleInfo(id = "inhoud.doelen", severity = WAARSCHUWING, legalBasis = {"WPO art. 18a lid 8 sub e", "WVO art. 17a lid 8 sub e"})
public final class GoalsRule implements Rule {

    static final String MSG_NONE = "none";
    static final String MSG_INCOMPLETE = "incomplete";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.doelen().isEmpty()) {
            context.report(context.positionOf("/doelen"), MSG_NONE);
            return;
        }
        for (Doel doel : plan.doelen()) {
            List<String> missing = new ArrayList<>();
            if (blank(doel.indicator())) {
                missing.add("indicator");
            }
            if (blank(doel.nulmeting())) {
                missing.add("nulmeting");
            }
            if (blank(doel.streefwaarde())) {
                missing.add("streefwaarde");
            }
            if (!missing.isEmpty()) {
                context.report(context.positionOf("/doelen/" + doel.index()), MSG_INCOMPLETE, doel.doel(),
                        String.join(", ", missing));
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
