package nl.opmaat.core.readability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.model.Afwijking;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.rules.PlanReport;

/**
 * {@code opmaat check --leesbaarheid}: runs the {@code b1.*} rules on every chapter of a plan and on its summary for
 * parents, and applies the plan's {@code ernst:} overrides and {@code afwijkingen:} waivers to them the same way the
 * rule runner does for the plan rules.
 */
public final class PlanReadabilityCheck {

    private final ReadabilityThresholds thresholds;
    private final Function<Plan, List<GlossaryTerm>> glossaries;
    private final List<SummarySource> summaries;
    private final Clock clock;
    private final MarkdownTextExtractor markdown = new MarkdownTextExtractor();

    /**
     * Where the text of a plan's parent summary comes from; the summary builder provides it, so this package does not
     * depend on how the summary is made.
     */
    @FunctionalInterface
    public interface SummarySource {
        /**
         * The summary of the plan as a text, or empty when the plan has none.
         *
         * @throws PlanInputException when the summary's own sources (the {@code ouders/*.md} texts) cannot be used
         */
        Optional<TextSource> summary(LoadedPlan loaded) throws PlanInputException;
    }

    /**
     * @param glossaries the glossary terms of the plugin that serves a plan, added to the built-in jargon list
     * @param summaries  the parent summary of a plan, or none ({@code loaded -> Optional.empty()})
     * @param clock      gives "today" for expired waivers only
     */
    public PlanReadabilityCheck(ReadabilityThresholds thresholds, Function<Plan, List<GlossaryTerm>> glossaries,
                                SummarySource summaries, Clock clock) {
        this.thresholds = thresholds;
        this.glossaries = glossaries;
        this.summaries = List.of(summaries);
        this.clock = clock;
    }

    /** The checker for one plan: the built-in jargon list plus its plugin's glossary. */
    public ReadabilityChecker checker(Plan plan) {
        return new ReadabilityChecker(thresholds, JargonDetector.withBuiltIn(glossaries.apply(plan)));
    }

    /** Every chapter of the plan as a text, in plan order. */
    public List<TextSource> chapters(Plan plan) {
        List<TextSource> out = new ArrayList<>();
        for (Chapter chapter : plan.chapters()) {
            out.add(markdown.extract(chapter.file(), chapter.markdown(), chapter.file()));
        }
        return out;
    }

    /**
     * The b1 findings of one plan: chapters first, then the summary; overrides and waivers applied.
     *
     * @throws PlanInputException when the summary cannot be made from the plan's parent texts
     */
    public List<Finding> check(LoadedPlan loaded) throws PlanInputException {
        Plan plan = loaded.plan();
        List<TextSource> texts = new ArrayList<>(chapters(plan));
        for (SummarySource source : summaries) {
            source.summary(loaded).ifPresent(texts::add);
        }
        ReadabilityChecker checker = checker(plan);
        List<Finding> out = new ArrayList<>();
        for (TextSource text : texts) {
            for (Finding finding : checker.check(text)) {
                adjust(plan, finding).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The ids of the b1 rules that run on this plan (those not switched off under {@code ernst:}). */
    public List<String> applied(Plan plan) {
        return ReadabilityRules.ids().stream().filter(id -> !"uit".equals(plan.ernst().get(id))).toList();
    }

    /**
     * The same result with the b1 findings of every readable plan added and sorted in with the others. Each plan is read
     * again from its directory; a plan that was unusable stays as it was, and a plan whose parent texts cannot be used
     * becomes unusable with their problems (exit 2), as it would for {@code opmaat summary}.
     */
    public CheckResult addTo(CheckResult result, PlanReader reader) {
        List<PlanReport> reports = new ArrayList<>();
        for (PlanReport report : result.plans()) {
            if (report.unusable()) {
                reports.add(report);
                continue;
            }
            try {
                LoadedPlan loaded = reader.read(Path.of(report.plan()));
                List<Finding> findings = new ArrayList<>(report.findings());
                findings.addAll(check(loaded));
                findings.sort(Comparator.comparing(Finding::position).thenComparing(Finding::ruleId)
                        .thenComparing(Finding::message));
                TreeSet<String> applied = new TreeSet<>(report.applied());
                applied.addAll(applied(loaded.plan()));
                reports.add(new PlanReport(report.plan(), report.swv(), findings, List.copyOf(applied),
                        report.inputProblems(), report.notes()));
            } catch (PlanInputException e) {
                reports.add(PlanReport.unusable(report.plan(), e.problems()));
            }
        }
        return new CheckResult(reports, result.catalogue(), result.failOn());
    }

    /** The plan's severity override ({@code uit} drops the finding) and an unexpired waiver. */
    private Optional<Finding> adjust(Plan plan, Finding finding) {
        String override = plan.ernst().get(finding.ruleId());
        if ("uit".equals(override)) {
            return Optional.empty();
        }
        Severity severity = override == null ? finding.severity()
                : Severity.fromLabel(override).orElse(finding.severity());
        Finding adjusted = new Finding(finding.ruleId(), severity, finding.position(), finding.message(), finding.hint(),
                null);
        LocalDate today = LocalDate.now(clock);
        Optional<Afwijking> waiver = plan.afwijkingen().stream()
                .filter(a -> a.regel().equals(finding.ruleId()))
                .filter(a -> a.tot() == null || !a.tot().isBefore(today))
                .findFirst();
        return Optional.of(waiver.map(a -> adjusted.withWaiver(a.reden())).orElse(adjusted));
    }
}
