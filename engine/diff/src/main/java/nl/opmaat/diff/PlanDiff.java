package nl.opmaat.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.CheckedPlan;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.PlanReport;

/**
 * {@code opmaat diff} without its options and printing, as {@code PlanBuild} is for build: read the two versions (the
 * older one from a folder or, through {@link GitSnapshot}, from a Git ref), check both with the rules of the plugin that
 * serves the newer, build the {@link Redline} and write it as {@code wijzigingen.<format>}. It lives beside the redline
 * rather than in core because core does not know this module (ARCHITECTURE.md, module direction).
 */
public final class PlanDiff {

    /** The file name of the redline in every format, {@code wijzigingen.docx} and so on. */
    public static final String FILE_NAME = "wijzigingen";
    private static final Messages MESSAGES = Messages.forPackageOf(PlanDiff.class);

    private final PlanChecker checker;
    private final DocumentWriters writers;
    private final String version;
    private final Optional<Instant> sourceDateEpoch;

    /**
     * @param version         opmaat's version, for the document's metadata
     * @param sourceDateEpoch the timestamp of a plan without an adoption date ({@code SOURCE_DATE_EPOCH})
     */
    public PlanDiff(PlanChecker checker, DocumentWriters writers, String version, Optional<Instant> sourceDateEpoch) {
        this.checker = checker;
        this.writers = writers;
        this.version = version;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** What a diff came to; the CLI prints it and turns it into an exit code. */
    public sealed interface Outcome permits Unusable, NoOlderVersion, RenderFailed, Identical, Written {
    }

    /** One of the versions cannot be read, or its named plugin is missing: nothing written (exit 2). */
    public record Unusable(PlanReport report) implements Outcome {
    }

    /** The Git ref or the repository cannot give the older version; message and hint are Dutch (exit 2). */
    public record NoOlderVersion(String message, String hint) implements Outcome {
    }

    /** The writer failed: nothing written (exit 2). */
    public record RenderFailed(DocumentWriters.RenderFailure failure) implements Outcome {
    }

    /** Neither the facts, the findings nor the text differ: nothing written (exit 0). */
    public record Identical() implements Outcome {
    }

    /** The redline written, atomically. */
    public record Written(Path file) implements Outcome {
    }

    /** The redline from the plan in {@code olderFolder} to the one in {@code newerFolder}, labelled by their paths. */
    public Outcome between(Path olderFolder, Path newerFolder, DocumentFormat format, Path outputFolder)
            throws IOException {
        return compare(olderFolder, olderFolder.toString(), newerFolder, newerFolder.toString(), format, outputFolder);
    }

    /**
     * The redline from {@code planFolder} as it was at the Git {@code ref} to the folder as it is now. The older version
     * is copied to a temporary folder, deleted afterwards; the working tree is not touched.
     */
    public Outcome since(Path planFolder, String ref, DocumentFormat format, Path outputFolder) throws IOException {
        Path snapshot = Files.createTempDirectory("opmaat-diff");
        try {
            Path olderFolder;
            try {
                olderFolder = GitSnapshot.materialise(planFolder, ref, snapshot);
            } catch (GitSnapshot.SnapshotException e) {
                return new NoOlderVersion(e.getMessage(), e.hint());
            }
            return compare(olderFolder, ref, planFolder, MESSAGES.format("label.working-tree"), format, outputFolder);
        } finally {
            deleteTree(snapshot);
        }
    }

    private Outcome compare(Path olderFolder, String olderLabel, Path newerFolder, String newerLabel,
                            DocumentFormat format, Path outputFolder) throws IOException {
        CheckedPlan newer;
        LoadedPlan older;
        try {
            newer = checker.read(newerFolder);
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(newerFolder.toString(), e.problems()));
        }
        try {
            older = new PlanReader().read(olderFolder);
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(olderLabel, e.problems()));
        }
        // Both versions are judged by the rules and drawn in the house style of the plugin that serves the newer.
        Redline redline;
        try {
            redline = new RedlineBuilder(newer.selection().theme(), version, sourceDateEpoch).build(
                    new PlanVersion(olderLabel, older, checker.check(older, newer.plugin()).findings()),
                    new PlanVersion(newerLabel, newer.loaded(), newer.report().findings()));
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(newerFolder.toString(), e.problems()));
        }
        if (redline.identical()) {
            return new Identical();
        }
        byte[] bytes;
        try {
            bytes = writers.render(List.of(format), redline.document(), newer.selection().theme()).get(format);
        } catch (DocumentWriters.RenderFailure e) {
            return new RenderFailed(e);
        }
        Path file = outputFolder.resolve(format.fileName(FILE_NAME));
        AtomicFiles.write(file, bytes);
        return new Written(file);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
