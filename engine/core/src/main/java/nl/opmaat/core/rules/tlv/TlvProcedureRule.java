package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Tlv;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The TLV procedure and its criteria are described; for PO also the route to speciaal basisonderwijs.
 *
 * <p>A procedure without criteria leaves schools and parents guessing when a TLV is granted, so at least one
 * criterion under {@code tlv.criteria} is required. For PO the SBO route ({@code tlv.sbo}) must resolve to real text.
 */
@RuleInfo(id = "inhoud.tlv-procedure", severity = FOUT, legalBasis = {"WPO art. 18a lid 8 sub c", "WVO art. 17a lid 8 sub c"})
public final class TlvProcedureRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_CRITERIA = "no-criteria";
    static final String MSG_NO_SBO = "no-sbo";

    @Override
    public void check(Plan plan, RuleContext context) {
        Tlv tlv = plan.tlv();
        boolean described = Presence.check(context, "/tlv", tlv != null, tlv == null ? List.of() : tlv.paragrafen());
        if (tlv == null) {
            return;
        }
        if (tlv.criteria().isEmpty()) {
            context.report(context.positionOf("/tlv/criteria"), MSG_NO_CRITERIA);
        }
        if (described && plan.swv().sector() == Sector.PO) {
            if (tlv.sbo().isEmpty()) {
                context.report(context.positionOf("/tlv/sbo"), MSG_NO_SBO);
            } else {
                Presence.check(context, "/tlv/sbo", true, tlv.sbo());
            }
        }
    }
}
