package nl.opmaat.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.CheckedPlan;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.summary.ParentSummary;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import nl.opmaat.pdf.HtmlPlanWriter;

/**
 * Reads, checks and renders the plan the way {@code opmaat build --format html} and {@code opmaat summary} do, in this
 * JVM, each time it is asked: {@code PlanChecker.read} (read, plugin choice, rules), {@link PlanDocumentBuilder},
 * {@link HtmlPlanWriter#writeForBrowser}. A plan that cannot be read gives the problem page instead.
 */
final class PlanPreview {

    private final Path directory;
    private final PreviewSetup setup;
    private final Clock clock;
    private final ScreenStyles styles;

    PlanPreview(Path directory, PreviewSetup setup, Clock clock, ScreenStyles styles) {
        this.directory = directory;
        this.setup = setup;
        this.clock = clock;
        this.styles = styles;
    }

    /** One reading of the plan: the plan page now, the summary page when first asked for. */
    final class Reading {
        private final long version;
        private final LocalTime time;
        private final String planPage;
        private final LoadedPlan loaded;
        private final PluginSelection selection;
        private final boolean draft;
        private String summaryPage;

        private Reading(long version, LocalTime time, String planPage, LoadedPlan loaded, PluginSelection selection,
                        boolean draft) {
            this.version = version;
            this.time = time;
            this.planPage = planPage;
            this.loaded = loaded;
            this.selection = selection;
            this.draft = draft;
            this.summaryPage = loaded == null ? planPage.replace(" aria-current=\"page\"", "") : null;
        }

        long version() {
            return version;
        }

        LocalTime time() {
            return time;
        }

        String planPage() {
            return planPage;
        }

        /** Built on first request: most saves are looked at on the plan page only. */
        synchronized String summaryPage() {
            if (summaryPage == null) {
                summaryPage = summary(this);
            }
            return summaryPage;
        }
    }

    Reading read(long version) {
        LocalTime now = LocalTime.now(clock);
        try {
            CheckedPlan checked = setup.checker().read(directory);
            LoadedPlan loaded = checked.loaded();
            PluginSelection selection = checked.selection();
            PlanReport report = checked.report();
            Theme theme = selection.theme();
            List<Finding> findings = report.findings();
            Document document = new PlanDocumentBuilder(theme, setup.opmaatVersion(),
                    PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                    .build(loaded, findings, selection.glossary());
            String html = styles.extract(new HtmlPlanWriter(theme).writeForBrowser(document));
            String page = PlanPage.of(html, findings, new FindingPlaces(loaded, document, theme), version, now, theme.name());
            return new Reading(version, now, page, loaded, selection, PlanDocumentBuilder.isDraft(findings));
        } catch (PlanInputException e) {
            return new Reading(version, now, ProblemPage.of(e.problems(), version, PreviewChrome.Tab.PLAN, now), null, null, false);
        } catch (RuntimeException e) {
            return new Reading(version, now, ProblemPage.failure(e, version, PreviewChrome.Tab.PLAN, now), null, null, false);
        }
    }

    private String summary(Reading reading) {
        Theme theme = reading.selection.theme();
        try {
            ParentSummary summary = new ParentSummaryBuilder(theme, reading.selection.glossary(),
                    PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                    .build(reading.loaded, reading.draft);
            String html = styles.extract(new HtmlPlanWriter(theme).writeForBrowser(summary.document()));
            ReadabilityChecker checker = new ReadabilityChecker(ReadabilityThresholds.defaults(),
                    JargonDetector.withBuiltIn(reading.selection.glossary()));
            TextAnalysis analysis = checker.analyse(summary.text());
            return SummaryPage.of(html, analysis, checker.check(analysis), reading.version, reading.time, theme.name());
        } catch (PlanInputException e) {
            return ProblemPage.of(e.problems(), reading.version, PreviewChrome.Tab.SUMMARY, reading.time);
        } catch (RuntimeException e) {
            return ProblemPage.failure(e, reading.version, PreviewChrome.Tab.SUMMARY, reading.time);
        }
    }
}
