package nl.opmaat.plugin.emmen;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The plan states its decision term for a TLV, and keeps it within the four weeks SWV PO 22-02 promised itself.
 *
 * <p>SWV PO 22-02 promised that the Commissie van Advies judges an ordinary request within two days and a very complex
 * one within at most four weeks, and that schools usually hear the decision within three weeks (ondersteuningsplan,
 * hoofdstuk 2 and 5). A decision term above four weeks breaks that promise even for the complex cases.
 */
@RuleInfo(id = "po-22-02-emmen.tlv-beslistermijn", severity = WAARSCHUWING, sectors = Sector.PO,
        legalBasis = {"eigen afspraak SWV PO 22-02 (ondersteuningsplan 2026-2030, hoofdstuk 2 en 5)"})
public final class TlvDecisionTermRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_TOO_LONG = "too-long";
    static final int MAX_WEEKS = 4;

    @Override
    public void check(Plan plan, RuleContext context) {
        Integer weeks = plan.tlv() == null ? null : plan.tlv().beslistermijnWeken();
        if (weeks == null) {
            context.report(context.positionOf("/tlv/beslistermijn-weken"), MSG_MISSING, MAX_WEEKS);
        } else if (weeks > MAX_WEEKS) {
            context.report(context.positionOf("/tlv/beslistermijn-weken"), MSG_TOO_LONG, weeks, MAX_WEEKS);
        }
    }
}
