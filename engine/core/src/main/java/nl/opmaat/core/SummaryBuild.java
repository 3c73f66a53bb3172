package nl.opmaat.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.summary.ParentSummary;
import nl.opmaat.core.summary.ParentSummaryBuilder;

/**
 * {@code opmaat summary} without its options and printing: the summary for parents of one plan, through the same
 * writers as the plan, in the house style and with the glossary of the plugin that serves it, and its readability
 * figures. The rules run as for {@code build}: the summary of a concept is a concept.
 */
public final class SummaryBuild {

    /** The file name of the summary in every format. */
    public static final String FILE_NAME = "samenvatting-ouders";

    private final PlanChecker checker;
    private final DocumentWriters writers;
    private final Optional<Instant> sourceDateEpoch;

    public SummaryBuild(PlanChecker checker, DocumentWriters writers, Optional<Instant> sourceDateEpoch) {
        this.checker = checker;
        this.writers = writers;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** What a summary came to; the CLI prints it and turns it into an exit code. */
    public sealed interface Outcome permits Unusable, RenderFailed, Written {
    }

    /** The plan or an {@code ouders/*.md} text cannot be used: nothing written (exit 2). */
    public record Unusable(PlanReport report) implements Outcome {
    }

    /** The writer failed: nothing written (exit 2). */
    public record RenderFailed(DocumentWriters.RenderFailure failure) implements Outcome {
    }

    /**
     * The summary written.
     *
     * @param analysis its sentences, figures and jargon at the default b1 limits
     * @param findings what the b1 rules say of it, at their default severity
     * @param notes    Dutch notes about the run (the plugin chosen)
     */
    public record Written(Path file, TextAnalysis analysis, List<Finding> findings, List<String> notes)
            implements Outcome {
        public Written {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    public void preload(DocumentFormat format) {
        writers.preload(List.of(format));
    }

    /** Writes the summary of the plan in {@code directory} as {@code outputFolder/samenvatting-ouders.<format>}. */
    public Outcome build(Path directory, DocumentFormat format, Path outputFolder) throws IOException {
        CheckedPlan plan;
        ParentSummary summary;
        try {
            plan = checker.read(directory);
            summary = new ParentSummaryBuilder(plan.selection().theme(), plan.selection().glossary(), sourceDateEpoch)
                    .build(plan.loaded(), PlanDocumentBuilder.isDraft(plan.report().findings()));
        } catch (PlanInputException e) {
            return new Unusable(PlanReport.unusable(directory.toString(), e.problems()));
        }
        byte[] bytes;
        try {
            bytes = writers.render(List.of(format), summary.document(), plan.selection().theme()).get(format);
        } catch (DocumentWriters.RenderFailure e) {
            return new RenderFailed(e);
        }
        Path file = outputFolder.resolve(format.fileName(FILE_NAME));
        AtomicFiles.write(file, bytes);
        ReadabilityChecker readability = new ReadabilityChecker(ReadabilityThresholds.defaults(),
                JargonDetector.withBuiltIn(plan.selection().glossary()));
        TextAnalysis analysis = readability.analyse(summary.text());
        return new Written(file, analysis, readability.check(analysis), plan.report().notes());
    }
}
