package nl.opmaat.core.rules.builtin;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.content.AnnexesRule;
import nl.opmaat.core.rules.content.ChapterReferencesRule;
import nl.opmaat.core.rules.content.GoalsRule;
import nl.opmaat.core.rules.content.SteunpuntRule;
import nl.opmaat.core.rules.funding.BudgetBalancesRule;
import nl.opmaat.core.rules.funding.MultiYearBudgetRule;
import nl.opmaat.core.rules.funding.ReservesRule;
import nl.opmaat.core.rules.procedure.OprAfterOogoRule;
import nl.opmaat.core.rules.procedure.WaiverRule;
import nl.opmaat.core.rules.tlv.TlvCategoryRule;
import nl.opmaat.core.rules.tlv.TlvDurationRule;
import nl.opmaat.core.rules.tlv.TlvExpertsRule;
import nl.opmaat.core.rules.procedure.AdoptionDatedRule;
import nl.opmaat.core.rules.procedure.InspectieSubmissionRule;
import nl.opmaat.core.rules.procedure.OogoBeforeAdoptionRule;
import nl.opmaat.core.rules.procedure.OogoGemeentenRule;
import nl.opmaat.core.rules.procedure.OprBeforeAdoptionRule;
import nl.opmaat.core.rules.procedure.OprConsentRule;
import nl.opmaat.core.rules.procedure.OverlappingSwvConsultationRule;
import nl.opmaat.core.rules.procedure.PeriodRule;
import nl.opmaat.core.rules.readability.B1Rules;
import nl.opmaat.core.rules.requirements.RequirementCatalogue;
import org.pf4j.Extension;

/**
 * The engine's own catalogue. It lives apart from the rule vocabulary ({@code nl.opmaat.core.rules}) because it names
 * every topic package, and the topic packages depend on that vocabulary: one way, no cycle. {@code AllRulesTest} fails
 * when a rule class in the rules packages is not listed.
 */
@Extension
public final class BuiltInRules implements RuleProvider {

    private final B1Rules readability;

    /** The built-in rules with the b1 rules listed but not run (pf4j's extension factory uses this one). */
    public BuiltInRules() {
        this(B1Rules.listed());
    }

    /** @param readability the b1 rules: {@link B1Rules#running} for {@code check --leesbaarheid} */
    public BuiltInRules(B1Rules readability) {
        this.readability = readability;
    }

    /** The catalogue of the built-in rules only (no plugins). */
    public static RuleCatalogue catalogue(Law law) {
        return RuleCatalogue.of(law, java.util.Map.of(RuleCatalogue.BUILT_IN, List.of(new BuiltInRules())));
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                new PeriodRule(),
                new AdoptionDatedRule(),
                new OprConsentRule(),
                new OprBeforeAdoptionRule(),
                new OogoGemeentenRule(),
                new OogoBeforeAdoptionRule(),
                new OverlappingSwvConsultationRule(),
                new InspectieSubmissionRule(),
                new OprAfterOogoRule(),
                new WaiverRule(),
                new GoalsRule(),
                new SteunpuntRule(),
                new AnnexesRule(),
                new ChapterReferencesRule(),
                new MultiYearBudgetRule(),
                new BudgetBalancesRule(),
                new ReservesRule(),
                new TlvExpertsRule(),
                new TlvDurationRule(),
                new TlvCategoryRule()));
        // The legal elements that must be described in the plan's text are data, judged by one evaluator.
        rules.addAll(RequirementCatalogue.builtIn().rules());
        // Good practice for parents' reading, judged on the plan's texts; run only when asked for.
        rules.addAll(readability.rules());
        return List.copyOf(rules);
    }
}
