package nl.opmaat.plugin.onderwijsdatpast;

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

/**
 * The plan keeps SWV Onderwijs dat Past's own goal that the number of TLVs falls, and where it gives a count to start
 * from and a number to aim for, the number aimed for is lower.
 *
 * <p>The SWV expects "het aantal toelaatbaarheidsverklaringen (TLV's) daalt" and says it tracks that number closely
 * (ondersteuningsplan 2023-2027, hoofdstuk 4). A goal without a baseline or target is already reported by the built-in
 * {@code inhoud.doelen} on the same goal; this rule reports only what is its own: the goal is absent, or its figures
 * show no fall.
 */
@RuleInfo(id = "onderwijs-dat-past.tlv-daling", severity = WAARSCHUWING, sectors = Sector.PO,
        legalBasis = {"eigen afspraak SWV Onderwijs dat Past (ondersteuningsplan 2023-2027, hoofdstuk 4)"})
public final class TlvDeclineRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_DECLINE = "no-decline";

    @Override
    public void check(Plan plan, RuleContext context) {
        Optional<Doel> goal = plan.doelen().stream().filter(TlvDeclineRule::aboutTlvs).findFirst();
        if (goal.isEmpty()) {
            context.report(context.positionOf("/doelen"), MSG_MISSING);
            return;
        }
        Doel doel = goal.get();
        Optional<BigDecimal> baseline = number(doel.nulmeting());
        Optional<BigDecimal> target = number(doel.streefwaarde());
        if (baseline.isPresent() && target.isPresent() && target.get().compareTo(baseline.get()) >= 0) {
            context.report(context.positionOf("/doelen/" + doel.index() + "/streefwaarde"), MSG_NO_DECLINE,
                    doel.streefwaarde().trim(), doel.nulmeting().trim());
        }
    }

    private static boolean aboutTlvs(Doel doel) {
        String text = (doel.doel() + " " + (doel.indicator() == null ? "" : doel.indicator())).toLowerCase(Locale.ROOT);
        return text.contains("tlv") || text.contains("toelaatbaarheidsverklaring");
    }

    /** A plain count such as "210" or "1.5"; empty for text such as "30% minder", which this rule does not judge. */
    private static Optional<BigDecimal> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
