package nl.opmaat.plugin.onderwijsdatpast;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan keeps SWV Onderwijs dat Past's own goal that the number of TLVs falls, with the count it starts from and the
 * number it aims for, so the fall can be seen.
 *
 * <p>The SWV expects "het aantal toelaatbaarheidsverklaringen (TLV's) daalt" and says it tracks that number closely
 * (ondersteuningsplan 2023-2027, hoofdstuk 4). A goal without a baseline or target cannot show a fall.
 */
@RuleInfo(id = "onderwijs-dat-past.tlv-daling", severity = WAARSCHUWING, sectors = Sector.PO,
        legalBasis = {"eigen afspraak SWV Onderwijs dat Past (ondersteuningsplan 2023-2027, hoofdstuk 4)"})
public final class TlvDeclineRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_UNMEASURED = "unmeasured";

    @Override
    public void check(Plan plan, RuleContext context) {
        Optional<Doel> goal = plan.doelen().stream().filter(TlvDeclineRule::aboutTlvs).findFirst();
        if (goal.isEmpty()) {
            context.report(context.positionOf("/doelen"), MSG_MISSING);
            return;
        }
        Doel doel = goal.get();
        List<String> lacking = new ArrayList<>();
        if (blank(doel.nulmeting())) {
            lacking.add("nulmeting");
        }
        if (blank(doel.streefwaarde())) {
            lacking.add("streefwaarde");
        }
        if (!lacking.isEmpty()) {
            context.report(context.positionOf("/doelen/" + doel.index()), MSG_UNMEASURED, String.join(" en ", lacking));
        }
    }

    private static boolean aboutTlvs(Doel doel) {
        String text = (doel.doel() + " " + (doel.indicator() == null ? "" : doel.indicator())).toLowerCase(Locale.ROOT);
        return text.contains("tlv") || text.contains("toelaatbaarheidsverklaring");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
