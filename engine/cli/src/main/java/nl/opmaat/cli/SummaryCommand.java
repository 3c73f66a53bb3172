package nl.opmaat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opmaat.api.Finding;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.io.VisibleText;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityScore;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.summary.ParentSummary;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat summary <planmap> --format html|pdf|docx [--out MAP]}: writes the summary for parents (taalniveau B1)
 * through the same writers as the full plan, and reports its readability figures. Exit 0 when written, 2 when the plan
 * or an {@code ouders/*.md} text cannot be used.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maakt de samenvatting van het plan voor ouders (taalniveau B1).")
final class SummaryCommand implements Callable<Integer> {

    enum Format { html, pdf, docx }

    static final String FILE_NAME = "samenvatting-ouders";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<planmap>",
            description = "Map met plan.yaml (en eventueel ouders/*.md), of het bestand plan.yaml zelf (standaard: de werkmap).")
    Path plan;

    @Option(names = "--format", defaultValue = "pdf",
            description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "<map>",
            description = "Map voor het bestand (standaard: target/opmaat/<naam van de planmap>).")
    Path out;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    PluginRequirement pluginRequirement;

    @Override
    public Integer call() throws Exception {
        plan = PlanFolders.resolveSingle(plan);
        PrintWriter err = spec.commandLine().getErr();
        DocumentRenderer.preload(java.util.List.of(writer()));
        InstalledPlugins installed = pluginOptions.load();
        PluginOptions.reportRejected(installed, err);
        Theme theme;
        List<GlossaryTerm> glossary;
        ParentSummary summary;
        try {
            LoadedPlan loaded = new PlanReader().read(plan);
            // The plan's own plugin gives the house style and the glossary, as for the full plan.
            PluginSelection selection = pluginRequirement.select(installed, loaded);
            selection.renderNote().ifPresent(note -> err.println(CliMessages.format("plan-note", plan, note)));
            theme = selection.theme();
            glossary = selection.glossary();
            // A plan with open errors is a concept, and so is its summary: the rules run as for `build`.
            RuleCatalogue catalogue = PluginOptions.catalogue(installed);
            PlanReport report = new RuleRunner(catalogue, Clock.systemDefaultZone())
                    .run(loaded, selection.plugin().orElse(null));
            summary = new ParentSummaryBuilder(theme, glossary,
                    PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                    .build(loaded, PlanDocumentBuilder.isDraft(report.findings()));
        } catch (PlanInputException e) {
            for (PlanProblem problem : e.problems()) {
                err.println(CliMessages.format("summary.problem", where(problem), problem.message()));
                if (!problem.hint().isEmpty()) {
                    err.println("    " + VisibleText.of(problem.hint()));
                }
            }
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        Document document = summary.document();
        byte[] bytes;
        try {
            bytes = DocumentRenderer.render(writer(), document, theme);
        } catch (DocumentRenderer.RenderFailure e) {
            err.println(CliMessages.format("summary.failed", e.getMessage()));
            if (!e.hint().isBlank()) {
                err.println("    " + e.hint());
            }
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        Path directory = out != null ? out : Path.of("target", "opmaat", folderName(plan));
        Path target = directory.resolve(FILE_NAME + "." + format.name());
        AtomicFiles.write(target, bytes);

        ReadabilityChecker checker = new ReadabilityChecker(ReadabilityThresholds.defaults(), JargonDetector.withBuiltIn(glossary));
        TextAnalysis analysis = checker.analyse(summary.text());
        ReadabilityScore score = analysis.score();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(CliMessages.format("summary.written", target));
        stdout.println("    " + CliMessages.format("summary.figures", score.sentences(), round(score.averageSentenceWords()),
                score.longestSentence(), round(score.fleschDouma()), analysis.jargon().size(), analysis.unexplained().size()));
        for (Finding finding : checker.check(analysis)) {
            stdout.println(CliMessages.format("summary.finding", finding.position(), finding.ruleId(), finding.message()));
        }
        stdout.flush();
        return ExitCodes.CLEAN;
    }

    /** The summary goes through the same writer as {@code opmaat build} in the same format. */
    private BuildCommand.Format writer() {
        return BuildCommand.Format.valueOf(format.name());
    }

    /** The plan directory's own name, also for "." or a path ending in a slash. */
    private static String folderName(Path plan) {
        Path name = plan.toAbsolutePath().normalize().getFileName();
        return name == null ? "plan" : name.toString();
    }

    /** {@code plan/file:line:col}, as opmaat check prints input problems (the same rule as its reporters' paths). */
    private String where(PlanProblem problem) {
        String file = problem.position().file();
        String dir = plan.toString().replaceAll("/+$", "");
        String path = file.equals(plan.toString()) || file.startsWith("/") || dir.isEmpty() || dir.equals(".")
                ? file : dir + "/" + file;
        return path + problem.position().toString().substring(file.length());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
