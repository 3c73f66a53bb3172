package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.opmaat.core.CheckedPlan;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.diff.GitSnapshot;
import nl.opmaat.diff.PlanVersion;
import nl.opmaat.diff.Redline;
import nl.opmaat.diff.RedlineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat diff <old> <new>} or {@code opmaat diff <plan> --sinds <ref>}: the redline of two versions of a plan,
 * for the OPR, as {@code wijzigingen.<format>}. Thin: the versions are read and checked as {@code check} does, the
 * comparison is {@link RedlineBuilder}'s, the old version from Git is {@link GitSnapshot}'s, the writers the build's.
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
        RuleCatalogue catalogue = checker.catalogue();
        Path newerFolder = PlanFolders.resolveSingle(since == null ? second : first);
        Path snapshot = null;
        try {
            Path olderFolder;
            String olderLabel;
            if (since != null) {
                snapshot = Files.createTempDirectory("opmaat-diff");
                try {
                    olderFolder = GitSnapshot.materialise(newerFolder, since, snapshot);
                } catch (GitSnapshot.SnapshotException e) {
                    return PlanOutput.failed("diff.failed", e.getMessage(), e.hint(), err);
                }
                olderLabel = since;
            } else {
                olderFolder = PlanFolders.resolveSingle(first);
                olderLabel = olderFolder.toString();
            }
            String newerLabel = since != null ? CliMessages.format("diff.working-tree") : newerFolder.toString();

            CheckedPlan newer;
            LoadedPlan older;
            try {
                newer = checker.read(newerFolder);
            } catch (PlanInputException e) {
                return unusable(newerFolder.toString(), catalogue, e, err);
            }
            try {
                older = new PlanReader().read(olderFolder);
            } catch (PlanInputException e) {
                return unusable(olderLabel, catalogue, e, err);
            }
            // Both versions are judged by the rules and drawn in the house style of the plugin that serves the newer.
            PluginSelection selection = newer.selection();
            Redline redline;
            try {
                redline = new RedlineBuilder(selection.theme(), Version.current(),
                        PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))).build(
                        new PlanVersion(olderLabel, older, checker.check(older, newer.plugin()).findings()),
                        new PlanVersion(newerLabel, newer.loaded(), newer.report().findings()));
            } catch (PlanInputException e) {
                return unusable(newerFolder.toString(), catalogue, e, err);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            if (redline.identical()) {
                stdout.println(CliMessages.format("diff.identical"));
                stdout.flush();
                return ExitCodes.CLEAN;
            }
            byte[] bytes;
            try {
                bytes = writers.render(format, redline.document(), selection.theme());
            } catch (DocumentWriters.RenderFailure e) {
                return PlanOutput.failed("diff.failed", e, err);
            }
            Path file = output.directory(newerFolder).resolve(format.fileName("wijzigingen"));
            AtomicFiles.write(file, bytes);
            stdout.println(CliMessages.format("diff.written", file));
            stdout.flush();
            return ExitCodes.CLEAN;
        } finally {
            if (snapshot != null) {
                deleteTree(snapshot);
            }
        }
    }

    private static int unusable(String plan, RuleCatalogue catalogue, PlanInputException e, PrintWriter err)
            throws IOException {
        return PlanOutput.report(PlanReport.unusable(plan, e.problems()), catalogue, err, ExitCodes.UNUSABLE);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
