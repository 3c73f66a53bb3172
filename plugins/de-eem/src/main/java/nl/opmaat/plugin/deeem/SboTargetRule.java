package nl.opmaat.plugin.deeem;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.text.DutchFormat;

/**
 * The plan keeps SWV De Eem's own target for the SBO: participation down to 2.4 % or less by 2028.
 *
 * <p>SWV De Eem set this target itself (ondersteuningsplan, hoofdstuk 6, "Dekkend netwerk": "van 2,8% nu naar 2,4% in
 * 2028"). The rule finds the goal by its indicator or text mentioning the SBO; a plan that words the goal without "SBO"
 * or "speciaal basisonderwijs" is reported as missing it.
 */
@RuleInfo(id = "de-eem.sbo-streefwaarde", severity = WAARSCHUWING, sectors = Sector.PO,
        legalBasis = {"eigen afspraak SWV De Eem (ondersteuningsplan, hoofdstuk 6)"})
public final class SboTargetRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_TARGET = "no-target";
    static final String MSG_WEAKER = "weaker";
    static final String MSG_LATER = "later";
    static final BigDecimal TARGET = new BigDecimal("2.4");
    static final int YEAR = 2028;

    @Override
    public void check(Plan plan, RuleContext context) {
        Optional<Doel> goal = plan.doelen().stream().filter(SboTargetRule::aboutSbo).findFirst();
        if (goal.isEmpty()) {
            context.report(context.positionOf("/doelen"), MSG_MISSING, DutchFormat.percentage(TARGET), DutchFormat.year(YEAR));
            return;
        }
        Doel doel = goal.get();
        String at = "/doelen/" + doel.index();
        Optional<BigDecimal> target = percentage(doel.streefwaarde());
        if (target.isEmpty()) {
            context.report(context.positionOf(at + "/streefwaarde"), MSG_NO_TARGET, DutchFormat.percentage(TARGET), DutchFormat.year(YEAR));
        } else if (target.get().compareTo(TARGET) > 0) {
            context.report(context.positionOf(at + "/streefwaarde"), MSG_WEAKER, DutchFormat.percentage(target.get()),
                    DutchFormat.percentage(TARGET));
        }
        if (doel.jaar() == null || doel.jaar() > YEAR) {
            context.report(context.positionOf(at + "/jaar"), MSG_LATER,
                    doel.jaar() == null ? "geen" : DutchFormat.year(doel.jaar()), DutchFormat.year(YEAR));
        }
    }

    private static boolean aboutSbo(Doel doel) {
        String text = ((doel.indicator() == null ? "" : doel.indicator()) + " " + doel.doel()).toLowerCase(Locale.ROOT);
        return text.matches("(?s).*\\bsbo\\b.*") || text.contains("speciaal basisonderwijs");
    }

    /** "2,4", "2.4" or "2,4%" as a number; empty when the target is no number. */
    static Optional<BigDecimal> percentage(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String number = value.replace("%", "").replace(',', '.').trim();
        try {
            return Optional.of(new BigDecimal(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
