package nl.opmaat.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.Severity;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.rules.PlanReport;

/**
 * {@code opmaat build} without its options and printing: check the plan once, then render it in every format asked for,
 * in the house style of the plugin that serves it, and write the files. A plan with unwaived {@code fout} findings
 * becomes a concept (watermark, findings appendix), or is refused when the build is strict.
 */
public final class PlanBuild {

    /** The file name of the plan in every format, {@code ondersteuningsplan.pdf} and so on. */
    public static final String FILE_NAME = "ondersteuningsplan";

    private final PlanChecker checker;
    private final DocumentWriters writers;
    private final String version;
    private final Optional<Instant> sourceDateEpoch;

    /**
     * @param version         opmaat's version, for the document's metadata
     * @param sourceDateEpoch the timestamp of a plan without an adoption date ({@code SOURCE_DATE_EPOCH})
     */
    public PlanBuild(PlanChecker checker, DocumentWriters writers, String version, Optional<Instant> sourceDateEpoch) {
        this.checker = checker;
        this.writers = writers;
        this.version = version;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** What a build came to; the CLI prints it and turns it into an exit code. */
    public sealed interface Outcome permits Unusable, Refused, RenderFailed, Written {
    }

    /** The plan, an image it names or its named plugin cannot be used: nothing written (exit 2). */
    public record Unusable(PlanReport report) implements Outcome {
    }

    /** A strict build of a plan with unwaived errors: nothing written (exit 1). */
    public record Refused(PlanReport report, int errors) implements Outcome {
    }

    /** A writer failed: nothing written (exit 2). */
    public record RenderFailed(DocumentWriters.RenderFailure failure) implements Outcome {
    }

    /**
     * Every file written.
     *
     * @param draft  true when the document is a concept (unwaived errors), with {@code errors} of them
     * @param notes  Dutch notes about the run (the plugin chosen, a plugin rule that failed)
     */
    public record Written(List<Path> files, boolean draft, int errors, List<String> notes) implements Outcome {
        public Written {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /** Starts loading the writers of {@code formats} while the plan is read and checked. */
    public void preload(Collection<DocumentFormat> formats) {
        writers.preload(formats);
    }

    /**
     * Builds the plan in {@code directory} into {@code outputFolder}. Every format is rendered before any is written,
     * so a failing writer leaves no half set behind; each file is written atomically.
     */
    public Outcome build(Path directory, Collection<DocumentFormat> formats, boolean strict, Path outputFolder)
            throws IOException {
        CheckedPlan plan;
        try {
            plan = checker.read(directory);
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(directory.toString(), e.problems()));
        }
        PlanReport report = plan.report();
        int errors = report.counts().get(Severity.FOUT);
        if (strict && PlanDocumentBuilder.isDraft(report.findings())) {
            return new Refused(report, errors);
        }
        Document document;
        try {
            document = new PlanDocumentBuilder(plan.selection().theme(), version, sourceDateEpoch)
                    .build(plan.loaded(), report.findings(), plan.selection().glossary());
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(directory.toString(), e.problems()));
        }
        Map<DocumentFormat, byte[]> rendered;
        try {
            rendered = writers.render(formats, document, plan.selection().theme());
        } catch (DocumentWriters.RenderFailure e) {
            return new RenderFailed(e);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<DocumentFormat, byte[]> entry : rendered.entrySet()) {
            Path file = outputFolder.resolve(entry.getKey().fileName(FILE_NAME));
            AtomicFiles.write(file, entry.getValue());
            files.add(file);
        }
        return new Written(files, document.meta().draft(), errors, report.notes());
    }
}
