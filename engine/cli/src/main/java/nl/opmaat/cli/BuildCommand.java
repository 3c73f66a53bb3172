package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.opmaat.core.PlanBuild;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.PlanDocumentBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat build <plan-dir> [--format pdf,docx,html] [--out DIR] [--strict] [--plugins DIR]}: checks the plan once,
 * then renders it in every format asked for (PDF and DOCX when none is given), side by side, in the house style of the plugin that serves its SWV (else the default theme). A plan with unwaived
 * {@code fout} findings is rendered as a concept (watermark, findings appendix), or refused with {@code --strict}
 * (exit 1). Unusable input, a refused image or a failing render: exit 2.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maakt het plan op: toegankelijke PDF (PDF/UA, PDF/A), HTML en/of bewerkbaar Word-bestand (docx).")
final class BuildCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<planmap>",
            description = "Map met plan.yaml, of het bestand plan.yaml zelf (standaard: de werkmap).")
    Path plan;

    /** The formats a build writes when {@code --format} is not given. */
    static final List<DocumentFormat> DEFAULT_FORMATS = List.of(DocumentFormat.pdf, DocumentFormat.docx);

    @Option(names = "--format", split = ",", paramLabel = "pdf,docx,html",
            description = "Uitvoer: een of meer van ${COMPLETION-CANDIDATES}, met komma's ertussen (standaard: pdf,docx).")
    List<DocumentFormat> formats;

    @Option(names = "--strict", description = "Maak geen document als het plan fouten heeft (exitcode 1).")
    boolean strict;

    @Mixin
    OutputFolder output;

    @Mixin
    PlanPlugins plugins;

    @Override
    public Integer call() throws IOException {
        plan = PlanFolders.resolveSingle(plan);
        PrintWriter err = spec.commandLine().getErr();
        Set<DocumentFormat> wanted = formats == null || formats.isEmpty() ? new LinkedHashSet<>(DEFAULT_FORMATS) : new LinkedHashSet<>(formats);
        DocumentRenderer writers = new DocumentRenderer();
        writers.preload(wanted);
        PlanChecker checker = plugins.checker(err);
        PlanBuild build = new PlanBuild(checker, writers, Version.current(),
                PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        PlanBuild.Outcome outcome = build.build(plan, wanted, strict, output.directory(plan));
        if (outcome instanceof PlanBuild.Unusable unusable) {
            return PlanOutput.report(unusable.report(), checker.catalogue(), err, ExitCodes.UNUSABLE);
        }
        if (outcome instanceof PlanBuild.Refused refused) {
            PlanOutput.notes(plan, refused.report().notes(), err);
            PlanOutput.report(refused.report(), checker.catalogue(), err, ExitCodes.FINDINGS);
            err.println(CliMessages.format("build.strict-refused", refused.errors()));
            err.println("    " + CliMessages.format("build.strict-refused.hint"));
            err.flush();
            return ExitCodes.FINDINGS;
        }
        if (outcome instanceof PlanBuild.RenderFailed failed) {
            return PlanOutput.failed("build.failed", failed.failure(), err);
        }
        PlanBuild.Written written = (PlanBuild.Written) outcome;
        PlanOutput.notes(plan, written.notes(), err);
        PrintWriter stdout = spec.commandLine().getOut();
        written.files().forEach(file -> stdout.println(CliMessages.format("build.written", file)));
        if (written.draft()) {
            stdout.println(CliMessages.format("build.draft", written.errors()));
        }
        stdout.flush();
        return ExitCodes.CLEAN;
    }
}
