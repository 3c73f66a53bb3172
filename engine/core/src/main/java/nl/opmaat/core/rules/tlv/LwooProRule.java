package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * VO: the procedure for assigning lwoo and for admission to praktijkonderwijs is described.
 *
 * <p>Since 2016 the SWV assigns lwoo and admits to pro itself; only VO plans are judged.
 */
@RuleInfo(id = "inhoud.lwoo-pro", severity = FOUT, sectors = {Sector.VO},
        legalBasis = {"WVO art. 17a lid 8 sub c"})
public final class LwooProRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        Presence.check(context, "/lwoo-pro", plan.lwooPro() != null, plan.lwooPro() == null ? List.of() : plan.lwooPro().paragrafen());
    }
}
