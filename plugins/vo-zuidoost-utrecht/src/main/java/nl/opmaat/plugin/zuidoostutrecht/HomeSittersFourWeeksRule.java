package nl.opmaat.plugin.zuidoostutrecht;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.Locale;
import java.util.Optional;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan keeps SWV VO Zuidoost Utrecht's own goal: no child or young person at home for more than four weeks without
 * an offer of education or care, measured as a number with target 0.
 *
 * <p>The SWV and its gemeenten agreed this together (ondersteuningsplan 2018-2022, hoofdstuk 4 "Thuiszitters" and
 * hoofdstuk 8). The rule finds the goal by "thuis" and "vier weken" (or "4 weken") in its text or indicator.
 */
@RuleInfo(id = "vo-zuidoost-utrecht.thuiszitters-vier-weken", severity = WAARSCHUWING, sectors = Sector.VO,
        legalBasis = {"eigen afspraak SWV VO Zuidoost Utrecht met de gemeenten (ondersteuningsplan, hoofdstuk 4 en 8)"})
public final class HomeSittersFourWeeksRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NOT_ZERO = "not-zero";

    @Override
    public void check(Plan plan, RuleContext context) {
        Optional<Doel> goal = plan.doelen().stream().filter(HomeSittersFourWeeksRule::aboutFourWeeksAtHome).findFirst();
        if (goal.isEmpty()) {
            context.report(context.positionOf("/doelen"), MSG_MISSING);
            return;
        }
        Doel doel = goal.get();
        String target = doel.streefwaarde() == null ? "" : doel.streefwaarde().trim();
        if (!target.equals("0")) {
            context.report(context.positionOf("/doelen/" + doel.index() + "/streefwaarde"), MSG_NOT_ZERO,
                    target.isEmpty() ? "geen" : target);
        }
    }

    private static boolean aboutFourWeeksAtHome(Doel doel) {
        String text = (doel.doel() + " " + (doel.indicator() == null ? "" : doel.indicator())).toLowerCase(Locale.ROOT);
        return text.contains("thuis") && (text.contains("vier weken") || text.contains("4 weken"));
    }
}
