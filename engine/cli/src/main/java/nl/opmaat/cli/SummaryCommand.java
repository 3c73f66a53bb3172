package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opmaat.api.Finding;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.SummaryBuild;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.readability.ReadabilityScore;
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<planmap>",
            description = "Map met plan.yaml (en eventueel ouders/*.md), of het bestand plan.yaml zelf (standaard: de werkmap).")
    Path plan;

    @Option(names = "--format", defaultValue = "pdf",
            description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Mixin
    OutputFolder output;

    @Mixin
    PlanPlugins plugins;

    @Override
    public Integer call() throws IOException {
        plan = PlanFolders.resolveSingle(plan);
        PrintWriter err = spec.commandLine().getErr();
        DocumentRenderer writers = new DocumentRenderer();
        writers.preload(java.util.List.of(format));
        PlanChecker checker = plugins.checker(err);
        SummaryBuild.Outcome outcome = new SummaryBuild(checker, writers,
                PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                .build(plan, format, output.directory(plan));
        if (outcome instanceof SummaryBuild.Unusable unusable) {
            return PlanOutput.report(unusable.report(), checker.catalogue(), err, ExitCodes.UNUSABLE);
        }
        if (outcome instanceof SummaryBuild.RenderFailed failed) {
            return PlanOutput.failed("summary.failed", failed.failure(), err);
        }
        SummaryBuild.Written written = (SummaryBuild.Written) outcome;
        PlanOutput.notes(plan, written.notes(), err);
        ReadabilityScore score = written.analysis().score();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(CliMessages.format("summary.written", written.file()));
        stdout.println("    " + CliMessages.format("summary.figures", score.sentences(), round(score.averageSentenceWords()),
                score.longestSentence(), round(score.fleschDouma()), written.analysis().jargon().size(),
                written.analysis().unexplained().size()));
        for (Finding finding : written.findings()) {
            stdout.println(CliMessages.format("summary.finding", finding.position(), finding.ruleId(), finding.message()));
        }
        stdout.flush();
        return ExitCodes.CLEAN;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
