package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import nl.opmaat.api.model.Ouders;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The ouder- en jeugdsteunpunt is named and described, or at least reachable, and already works for parents.
 *
 * <p>Good practice since the verbeteraanpak passend onderwijs; a statutory task once the Wet versterking positie ouders
 * en leerlingen (Kamerstuk 36443) is in force (its date is kept in {@code wetgeving.properties}). Plans whose period
 * ends before the good-practice date are not judged.
 *
 * <p>A steunpunt the plan only announces ({@code status: gepland}) gets one finding in every plan, saying what is true:
 * it is planned, not missing. Without a status a named steunpunt with contact data counts as working; otherwise the
 * text it points at must describe it.
 */
@RuleInfo(id = "inhoud.ouder-jeugdsteunpunt", severity = WAARSCHUWING, inForce = "ouder-jeugdsteunpunt-praktijk",
        legalBasis = {"Kamerstuk 36443 (wetsvoorstel)", "goede praktijk (verbeteraanpak passend onderwijs)"})
public final class SteunpuntRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_NAME = "no-name";
    static final String MSG_PLANNED = "planned";
    static final String MSG_PLANNED_UNNAMED = "planned-unnamed";

    @Override
    public void check(Plan plan, RuleContext context) {
        Ouders.Steunpunt steunpunt = plan.ouders() == null ? null : plan.ouders().steunpunt();
        if (steunpunt == null) {
            context.report(context.positionOf("/ouders/steunpunt"), MSG_MISSING);
            return;
        }
        if (steunpunt.isPlanned()) {
            reportPlanned(steunpunt, context);
            return;
        }
        if (steunpunt.naam() == null || steunpunt.naam().isBlank()) {
            context.report(context.positionOf("/ouders/steunpunt"), MSG_NO_NAME);
        }
        if (!steunpunt.isReachable() || !steunpunt.paragrafen().isEmpty()) {
            Presence.check(context, "/ouders/steunpunt", true, steunpunt.paragrafen());
        }
    }

    private static void reportPlanned(Ouders.Steunpunt steunpunt, RuleContext context) {
        if (steunpunt.naam() == null || steunpunt.naam().isBlank()) {
            context.report(context.positionOf("/ouders/steunpunt/status"), MSG_PLANNED_UNNAMED);
        } else {
            context.report(context.positionOf("/ouders/steunpunt/status"), MSG_PLANNED, steunpunt.naam());
        }
    }
}
