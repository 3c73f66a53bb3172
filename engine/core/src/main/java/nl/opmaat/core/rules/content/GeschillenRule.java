package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The complaints and disputes route (Landelijke Geschillencommissie passend onderwijs) is named.
 *
 * <p>The commission hears disputes about admission, removal and the OPP at a school. A named commission without a
 * paragraph counts, because a single sentence can settle this.
 */
@RuleInfo(id = "inhoud.geschillen", severity = WAARSCHUWING,
        legalBasis = {"WPO art. 43a", "WVO art. 27c", "goede praktijk"})
public final class GeschillenRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        var geschillen = plan.geschillen();
        if (geschillen != null && geschillen.commissie() != null && !geschillen.commissie().isBlank()) {
            return;
        }
        Presence.check(context, "/geschillen", geschillen != null, geschillen == null ? List.of() : geschillen.paragrafen());
    }
}
