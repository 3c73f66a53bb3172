package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vaststelling.Oogo;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Every gemeente of the region has a dated OOGO on the draft plan.
 *
 * <p>The OOGO is held with each gemeente separately or together, but each must be recorded. Gemeenten are matched
 * by name, ignoring case and the prefix "gemeente".
 */
@RuleInfo(id = "procedure.oogo-gemeenten", severity = FOUT, legalBasis = {"WPO art. 18a lid 9", "WVO art. 17a lid 9"})
public final class OogoGemeentenRule implements Rule {

    static final String MSG_NO_GEMEENTEN = "no-gemeenten";
    static final String MSG_MISSING = "missing";
    static final String MSG_UNDATED = "undated";

    @Override
    public void check(Plan plan, RuleContext context) {
        List<String> gemeenten = plan.swv().gemeenten();
        if (gemeenten.isEmpty()) {
            context.report(context.positionOf("/swv/gemeenten"), MSG_NO_GEMEENTEN);
            return;
        }
        List<Oogo> oogo = plan.vaststelling().oogo();
        for (String gemeente : gemeenten) {
            Optional<Oogo> match = oogo.stream().filter(o -> sameGemeente(o.gemeente(), gemeente)).findFirst();
            if (match.isEmpty()) {
                context.report(context.positionOf("/vaststelling/oogo"), MSG_MISSING, gemeente);
            } else if (match.get().datum() == null) {
                int index = oogo.indexOf(match.get());
                context.report(context.positionOf("/vaststelling/oogo/" + index), MSG_UNDATED, gemeente);
            }
        }
    }

    static boolean sameGemeente(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^gemeente\\s+", "").trim();
    }
}
