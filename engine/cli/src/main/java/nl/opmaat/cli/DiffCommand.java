package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.diff.PlanDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat diff <old> <new>} or {@code opmaat diff <plan> --sinds <ref>}: the redline of two versions of a plan,
 * for the OPR, as {@code wijzigingen.<format>}. Thin: it parses the options and prints the outcome of {@link PlanDiff},
 * which reads, checks and compares the versions (the old one from Git too) and writes the file.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Toont wat er tussen twee versies van een plan veranderd is, als bijgehouden wijzigingen in Word "
                + "(docx) of als gemarkeerde tekst in PDF of HTML, met vooraf de gewijzigde feiten en bevindingen.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<oud>",
            description = "De oudere planmap; met --sinds: de planmap zelf, zoals die nu is.")
    Path first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<nieuw>", description = "De nieuwere planmap.")
    Path second;

    @Option(names = "--sinds", paramLabel = "<git-versie>",
            description = "Vergelijk met het plan zoals het was bij deze commit, tag of branch (de werkmap blijft onaangeroerd).")
    String since;

    @Option(names = "--format", defaultValue = "docx", description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Mixin
    OutputFolder output;

    @Mixin
    PlanPlugins plugins;

    @Override
    public Integer call() throws IOException {
        if ((since == null) == (second == null)) {
            throw new InputProblem(CliMessages.format("diff.arguments"), CliMessages.format("diff.arguments.hint"));
        }
        PrintWriter err = spec.commandLine().getErr();
        DocumentRenderer writers = new DocumentRenderer();
        writers.preload(List.of(format));
        PlanChecker checker = plugins.checker(err);
        PlanDiff diff = new PlanDiff(checker, writers, Version.current(),
                PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        Path newerFolder = PlanFolders.resolveSingle(since == null ? second : first);
        Path outputFolder = output.directory(newerFolder);
        PlanDiff.Outcome outcome = since != null
                ? diff.since(newerFolder, since, format, outputFolder)
                : diff.between(PlanFolders.resolveSingle(first), newerFolder, format, outputFolder);
        PrintWriter stdout = spec.commandLine().getOut();
        if (outcome instanceof PlanDiff.Unusable unusable) {
            return PlanOutput.report(unusable.report(), checker.catalogue(), err, ExitCodes.UNUSABLE);
        }
        if (outcome instanceof PlanDiff.NoOlderVersion missing) {
            return PlanOutput.failed("diff.failed", missing.message(), missing.hint(), err);
        }
        if (outcome instanceof PlanDiff.RenderFailed failed) {
            return PlanOutput.failed("diff.failed", failed.failure(), err);
        }
        if (outcome instanceof PlanDiff.Identical) {
            return printed(stdout, CliMessages.format("diff.identical"));
        }
        return printed(stdout, CliMessages.format("diff.written", ((PlanDiff.Written) outcome).file()));
    }

    private static int printed(PrintWriter stdout, String line) {
        stdout.println(line);
        stdout.flush();
        return ExitCodes.CLEAN;
    }
}
