package nl.opmaat.core.rules.requirements;

import java.util.Locale;
import nl.opmaat.api.model.Bezwaar;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.RuleContext;

/**
 * The logic part of {@code inhoud.bezwaar}: the Landelijke Geschillencommissie does not hear TLV cases, so a plan that
 * sends TLV objections there points parents the wrong way; and the legal objection term is six weeks.
 */
final class ObjectionRoute {

    static final String MSG_WRONG_COMMITTEE = "wrong-committee";
    static final String MSG_WRONG_TERM = "wrong-term";
    static final int LEGAL_TERM_WEEKS = 6;

    private ObjectionRoute() {
    }

    static void check(Plan plan, RuleContext context) {
        Bezwaar bezwaar = plan.bezwaar();
        if (bezwaar == null) {
            return;
        }
        String committee = bezwaar.adviescommissie();
        if (committee != null && committee.toLowerCase(Locale.ROOT).contains("geschillencommissie")) {
            context.report(context.positionOf("/bezwaar/adviescommissie"), MSG_WRONG_COMMITTEE, committee);
        }
        if (bezwaar.termijnWeken() != null && bezwaar.termijnWeken() != LEGAL_TERM_WEEKS) {
            context.report(context.positionOf("/bezwaar/termijn-weken"), MSG_WRONG_TERM, String.valueOf(bezwaar.termijnWeken()));
        }
    }
}
