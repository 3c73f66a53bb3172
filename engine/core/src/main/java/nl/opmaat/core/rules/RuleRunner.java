package nl.opmaat.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.model.Afwijking;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;

/**
 * Runs the catalogue on one plan: picks the rules that apply (sector, and the law in force during the plan's
 * period), applies the plan's severity overrides and waivers, and sorts the findings.
 */
public final class RuleRunner {

    /** The origin of the engine's own rules. */
    static final String BUILT_IN = RuleCatalogue.BUILT_IN;
    private static final Messages SHARED = Messages.forPackageOf(RuleRunner.class);
    private final RuleCatalogue catalogue;
    private final Clock clock;

    /** @param clock gives "today" for expired waivers only; findings never depend on it otherwise */
    public RuleRunner(RuleCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Runs the built-in rules only. */
    public PlanReport run(LoadedPlan loaded) {
        return run(loaded, null);
    }

    /**
     * Runs the built-in rules and those of {@code plugin}, the plugin that serves this plan (null for none): a plugin's
     * local agreements apply to its own SWV's plan only. A plugin rule that throws is skipped with a note.
     */
    public PlanReport run(LoadedPlan loaded, String plugin) {
        Plan plan = loaded.plan();
        List<String> notes = new ArrayList<>();
        ContentAssessor content = new ContentAssessor(plan.bijlagen());
        List<Finding> findings = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        PlanSources sources = new PlanSources(loaded);
        for (RuleDefinition rule : catalogue.rules()) {
            boolean builtIn = BUILT_IN.equals(rule.origin());
            if (!builtIn && !rule.origin().equals(plugin) || !applies(rule, plan) || !active(rule)) {
                continue;
            }
            Optional<Severity> severity = effectiveSeverity(rule, plan);
            if (severity.isEmpty()) {
                continue;
            }
            applied.add(rule.id());
            PlanRuleContext context = new PlanRuleContext(loaded, rule, severity.get(), content, catalogue,
                    LocalDate.now(clock));
            if (rule.rule() instanceof PlanSourceRule sourceRule) {
                try {
                    sourceRule.check(sources, context);
                } catch (PlanInputException e) {
                    return PlanReport.unusable(plan.directory(), e.problems());
                }
            } else if (builtIn) {
                rule.rule().check(plan, context);
            } else {
                try {
                    rule.rule().check(plan, context);
                } catch (RuntimeException | LinkageError e) {
                    notes.add(SHARED.format("plugin-rule-failed", rule.id(), rule.origin(), e.toString()));
                    applied.remove(rule.id());
                    continue;
                }
            }
            findings.addAll(context.findings());
        }
        List<Finding> waived = applyWaivers(plan, findings);
        waived.sort(Comparator.comparing(Finding::position).thenComparing(Finding::ruleId).thenComparing(Finding::message));
        return new PlanReport(plan.directory(), plan.swv().naam(), waived, applied, List.of(), notes);
    }

    /** A rule the command left out (b1 without {@code --leesbaarheid}) is listed in the catalogue but never run. */
    private static boolean active(RuleDefinition rule) {
        return !(rule.rule() instanceof PlanSourceRule sourceRule) || sourceRule.active();
    }

    /** Sector matches, and the rule's law is in force on at least one day of the plan's period. */
    static boolean applies(RuleDefinition rule, Plan plan) {
        if (!rule.sectors().contains(plan.swv().sector())) {
            return false;
        }
        Periode periode = plan.periode();
        LocalDate from = periode == null ? null : periode.van();
        LocalDate until = periode == null ? null : periode.tot();
        // A plan without an end date is judged as if it runs the legal maximum of four years.
        if (from != null && until == null) {
            until = from.plusYears(4).minusDays(1);
        }
        return rule.inForceDuring(from, until);
    }

    private static Optional<Severity> effectiveSeverity(RuleDefinition rule, Plan plan) {
        String override = plan.ernst().get(rule.id());
        if (override == null) {
            return Optional.of(rule.severity());
        }
        if ("uit".equals(override)) {
            return Optional.empty();
        }
        return Severity.fromLabel(override).or(() -> Optional.of(rule.severity()));
    }

    private List<Finding> applyWaivers(Plan plan, List<Finding> findings) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> out = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Afwijking> waiver = plan.afwijkingen().stream()
                    .filter(a -> a.regel().equals(finding.ruleId()))
                    .filter(a -> a.tot() == null || !a.tot().isBefore(today))
                    .findFirst();
            out.add(waiver.map(a -> finding.withWaiver(a.reden())).orElse(finding));
        }
        return out;
    }
}
