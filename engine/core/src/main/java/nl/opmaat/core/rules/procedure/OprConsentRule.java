package nl.opmaat.core.rules.procedure;

import static nl.opmaat.api.Severity.FOUT;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * The ondersteuningsplanraad's consent is recorded with its date.
 *
 * <p>The OPR has a right of prior consent on the plan; a plan adopted without it is not validly adopted.
 */
@RuleInfo(id = "procedure.opr-instemming", severity = FOUT, legalBasis = {"WMS art. 14a"})
public final class OprConsentRule implements Rule {

    static final String MSG_MISSING = "missing";

    @Override
    public void check(Plan plan, RuleContext context) {
        if (plan.vaststelling().oprInstemming() == null) {
            context.report(context.positionOf("/vaststelling/opr-instemming"), MSG_MISSING);
        }
    }
}
