package nl.opmaat.core.rules;

import java.util.List;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.rules.content.AnnexesRule;
import nl.opmaat.core.rules.content.BasisondersteuningRule;
import nl.opmaat.core.rules.content.ChapterReferencesRule;
import nl.opmaat.core.rules.content.DekkendNetwerkRule;
import nl.opmaat.core.rules.content.GeschillenRule;
import nl.opmaat.core.rules.content.GoalsRule;
import nl.opmaat.core.rules.content.ParentInformationRule;
import nl.opmaat.core.rules.content.ResultsRule;
import nl.opmaat.core.rules.content.SchoolProfilesRule;
import nl.opmaat.core.rules.content.SteunpuntRule;
import nl.opmaat.core.rules.content.VangnetRule;
import nl.opmaat.core.rules.funding.BudgetBalancesRule;
import nl.opmaat.core.rules.funding.FundsDistributionRule;
import nl.opmaat.core.rules.funding.MultiYearBudgetRule;
import nl.opmaat.core.rules.funding.ReservesRule;
import nl.opmaat.core.rules.procedure.OprAfterOogoRule;
import nl.opmaat.core.rules.procedure.WaiverRule;
import nl.opmaat.core.rules.tlv.LwooProRule;
import nl.opmaat.core.rules.tlv.ObjectionRule;
import nl.opmaat.core.rules.tlv.ReturnToRegularRule;
import nl.opmaat.core.rules.tlv.TlvCategoryRule;
import nl.opmaat.core.rules.tlv.TlvDurationRule;
import nl.opmaat.core.rules.tlv.TlvExpertsRule;
import nl.opmaat.core.rules.tlv.TlvProcedureRule;
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
                new OprAfterOogoRule(),
                new WaiverRule(),
                new BasisondersteuningRule(),
                new SchoolProfilesRule(),
                new DekkendNetwerkRule(),
                new ResultsRule(),
                new GoalsRule(),
                new ParentInformationRule(),
                new SteunpuntRule(),
                new GeschillenRule(),
                new VangnetRule(),
                new AnnexesRule(),
                new ChapterReferencesRule(),
                new FundsDistributionRule(),
                new MultiYearBudgetRule(),
                new BudgetBalancesRule(),
                new ReservesRule(),
                new TlvProcedureRule(),
                new TlvExpertsRule(),
                new TlvDurationRule(),
                new TlvCategoryRule(),
                new ObjectionRule(),
                new ReturnToRegularRule(),
                new LwooProRule());
    }
}
