package nl.opmaat.core.rules.tlv;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import java.util.Locale;
import nl.opmaat.api.model.Bezwaar;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The objection (bezwaar) route against TLV decisions is described, with its advisory committee.
 *
 * <p>Objection goes to the SWV within six weeks, advised by a bezwaaradviescommissie, then to the administrative court.
 * The Landelijke Geschillencommissie does not hear TLV cases: a plan that sends TLV disputes there points parents the
 * wrong way, which is reported here.
 */
@RuleInfo(id = "inhoud.bezwaar", severity = FOUT, legalBasis = {"Awb art. 6:7 en 7:13", "WPO art. 18a lid 11", "WVO art. 17a lid 12"})
public final class ObjectionRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_COMMITTEE = "no-committee";
    static final String MSG_WRONG_COMMITTEE = "wrong-committee";
    static final String MSG_WRONG_TERM = "wrong-term";
    static final int LEGAL_TERM_WEEKS = 6;

    @Override
    public void check(Plan plan, RuleContext context) {
        Bezwaar bezwaar = plan.bezwaar();
        Presence.check(context, "/bezwaar", bezwaar != null, bezwaar == null ? List.of() : bezwaar.paragrafen());
        if (bezwaar == null) {
            return;
        }
        String committee = bezwaar.adviescommissie();
        if (committee == null || committee.isBlank()) {
            context.report(context.positionOf("/bezwaar/adviescommissie"), MSG_NO_COMMITTEE);
        } else if (committee.toLowerCase(Locale.ROOT).contains("geschillencommissie")) {
            context.report(context.positionOf("/bezwaar/adviescommissie"), MSG_WRONG_COMMITTEE, committee);
        }
        if (bezwaar.termijnWeken() != null && bezwaar.termijnWeken() != LEGAL_TERM_WEEKS) {
            context.report(context.positionOf("/bezwaar/termijn-weken"), MSG_WRONG_TERM, bezwaar.termijnWeken());
        }
    }
}
