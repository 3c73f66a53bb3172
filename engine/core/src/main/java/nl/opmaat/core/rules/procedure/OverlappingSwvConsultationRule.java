package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vaststelling;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The consultation with the overlapping SWV of the other sector (PO or VO) is recorded.
 *
 * <p>PO and VO plans of one region must fit together (transition to VO, VSO/SO departments of one school). Two
 * different defects get two different messages: no consultation recorded at all ("geen overleg vastgelegd"), or a
 * recorded consultation without a date ("heeft geen datum"). An entry that names no partner and gives no date records
 * nothing, so it counts as no consultation.
 */
@RuleInfo(id = "procedure.overleg-samenwerkingsverbanden", severity = WAARSCHUWING,
        legalBasis = {"WPO art. 18a lid 9", "WVO art. 17a lid 9"})
public final class OverlappingSwvConsultationRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_UNDATED = "undated";

    @Override
    public void check(Plan plan, RuleContext context) {
        var overleg = plan.vaststelling().overleg();
        if (overleg.stream().noneMatch(OverlappingSwvConsultationRule::recordsSomething)) {
            context.report(context.positionOf("/vaststelling/overleg-samenwerkingsverbanden"), MSG_MISSING,
                    plan.swv().sector().label().equals("po") ? "vo" : "po");
            return;
        }
        for (int i = 0; i < overleg.size(); i++) {
            Vaststelling.Overleg entry = overleg.get(i);
            if (recordsSomething(entry) && entry.datum() == null) {
                context.report(context.positionOf("/vaststelling/overleg-samenwerkingsverbanden/" + i), MSG_UNDATED,
                        entry.naam());
            }
        }
    }

    private static boolean recordsSomething(Vaststelling.Overleg entry) {
        return entry.datum() != null || (entry.naam() != null && !entry.naam().isBlank());
    }
}
