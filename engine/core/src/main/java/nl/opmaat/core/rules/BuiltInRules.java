package nl.opmaat.core.rules;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.rules.content.VangnetRule;
import nl.opmaat.core.rules.procedure.AdoptionDatedRule;
import nl.opmaat.core.rules.procedure.InspectieSubmissionRule;
import nl.opmaat.core.rules.procedure.OogoBeforeAdoptionRule;
import nl.opmaat.core.rules.procedure.OogoGemeentenRule;
import nl.opmaat.core.rules.procedure.OprBeforeAdoptionRule;
import nl.opmaat.core.rules.procedure.OprConsentRule;
import nl.opmaat.core.rules.procedure.OverlappingSwvConsultationRule;
import nl.opmaat.core.rules.procedure.PeriodRule;
import org.pf4j.Extension;

/** The engine's own catalogue. {@code AllRulesTest} fails when a rule class in the rules packages is not listed. */
@Extension
public final class BuiltInRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(
                new PeriodRule(),
                new AdoptionDatedRule(),
                new OprConsentRule(),
                new OprBeforeAdoptionRule(),
                new OogoGemeentenRule(),
                new OogoBeforeAdoptionRule(),
                new OverlappingSwvConsultationRule(),
                new InspectieSubmissionRule(),
                new VangnetRule());
    }
}
