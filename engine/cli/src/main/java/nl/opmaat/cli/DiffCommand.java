package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.TextReporter;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.document.PlanDocumentBuilder;
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
    BuildCommand.Format format;

    @Option(names = "--out", paramLabel = "<map>",
            description = "Map voor het document (standaard: target/opmaat/<naam van de planmap>/).")
    Path out;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    PluginRequirement pluginRequirement;

    @Override
    public Integer call() throws IOException {
        if ((since == null) == (second == null)) {
            throw new InputProblem(CliMessages.format("diff.arguments"), CliMessages.format("diff.arguments.hint"));
        }
        PrintWriter err = spec.commandLine().getErr();
        DocumentRenderer.preload(java.util.List.of(format));
        InstalledPlugins installed = pluginOptions.load();
        PluginOptions.reportRejected(installed, err);
        RuleCatalogue catalogue = PluginOptions.catalogue(installed);
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
                    return fail(e.getMessage(), e.hint(), err);
                }
                olderLabel = since;
            } else {
                olderFolder = PlanFolders.resolveSingle(first);
                olderLabel = olderFolder.toString();
            }
            String newerLabel = since != null ? CliMessages.format("diff.working-tree") : newerFolder.toString();

            LoadedPlan newer;
            LoadedPlan older;
            PluginSelection selection;
            try {
                newer = new PlanReader().read(newerFolder);
                selection = pluginRequirement.select(installed, newer);
            } catch (PlanInputException e) {
                return unusable(newerFolder.toString(), catalogue, e, err);
            }
            try {
                older = new PlanReader().read(olderFolder);
            } catch (PlanInputException e) {
                return unusable(olderLabel, catalogue, e, err);
            }
            RuleRunner runner = new RuleRunner(catalogue, Clock.systemDefaultZone());
            String plugin = selection.plugin().orElse(null);
            Redline redline;
            try {
                redline = new RedlineBuilder(selection.theme(), Version.current(),
                        PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))).build(
                        new PlanVersion(olderLabel, older, runner.run(older, plugin).findings()),
                        new PlanVersion(newerLabel, newer, runner.run(newer, plugin).findings()));
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
                bytes = DocumentRenderer.render(format, redline.document(), selection.theme());
            } catch (DocumentRenderer.RenderFailure e) {
                return fail(e.getMessage(), e.hint(), err);
            }
            Path file = directory(newerFolder).resolve("wijzigingen." + format.name());
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

    private Path directory(Path plan) {
        if (out != null) {
            return out;
        }
        Path name = plan.toAbsolutePath().normalize().getFileName();
        return Path.of("target", "opmaat", name == null ? "plan" : name.toString());
    }

    private static int fail(String message, String hint, PrintWriter err) {
        err.println(CliMessages.format("diff.failed", message));
        if (hint != null && !hint.isBlank()) {
            err.println("    " + hint);
        }
        err.flush();
        return ExitCodes.UNUSABLE;
    }

    private static int unusable(String plan, RuleCatalogue catalogue, PlanInputException e, PrintWriter err)
            throws IOException {
        PlanReport unusable = PlanReport.unusable(plan, e.problems());
        new TextReporter(false).write(new CheckResult(List.of(unusable), catalogue, Severity.FOUT), err);
        err.flush();
        return ExitCodes.UNUSABLE;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
