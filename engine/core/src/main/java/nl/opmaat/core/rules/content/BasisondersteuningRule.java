package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.FOUT;

import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.Presence;

/**
 * The level of basisondersteuning every school offers is described, with concrete commitments.
 *
 * <p>A paragraph alone is not enough: the plan lists at least one concrete commitment under {@code afspraken}, because
 * the Inspectie asks what a parent can count on at every school.
 */
@RuleInfo(id = "inhoud.basisondersteuning", severity = FOUT,
        legalBasis = {"WPO art. 18a lid 8 sub a", "WVO art. 17a lid 8 sub a"})
public final class BasisondersteuningRule implements Rule {

    static final String MSG_MISSING = "missing";
    static final String MSG_NO_COMMITMENTS = "no-commitments";

    @Override
    public void check(Plan plan, RuleContext context) {
        var topic = plan.basisondersteuning();
        boolean described = Presence.check(context, "/basisondersteuning", topic != null,
                topic == null ? List.of() : topic.paragrafen());
        if (described && topic.afspraken().isEmpty()) {
            context.report(context.positionOf("/basisondersteuning"), MSG_NO_COMMITMENTS);
        }
    }
}
