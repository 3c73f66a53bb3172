package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.opmaat.api.Severity;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
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

    /** An output format and the name of its file. A new format: a constant here and a case in {@link DocumentRenderer}. */
    enum Format {
        pdf("ondersteuningsplan.pdf"),
        html("ondersteuningsplan.html"),
        docx("ondersteuningsplan.docx");

        final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<planmap>",
            description = "Map met plan.yaml, of het bestand plan.yaml zelf (standaard: de werkmap).")
    Path plan;

    /** The formats a build writes when {@code --format} is not given. */
    static final List<Format> DEFAULT_FORMATS = List.of(Format.pdf, Format.docx);

    @Option(names = "--format", split = ",", paramLabel = "pdf,docx,html",
            description = "Uitvoer: een of meer van ${COMPLETION-CANDIDATES}, met komma's ertussen (standaard: pdf,docx).")
    List<Format> formats;

    @Option(names = "--out", paramLabel = "<map>",
            description = "Map voor het document (standaard: target/opmaat/<naam van de planmap>/).")
    Path out;

    @Option(names = "--strict", description = "Maak geen document als het plan fouten heeft (exitcode 1).")
    boolean strict;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    PluginRequirement pluginRequirement;

    @Override
    public Integer call() throws IOException {
        plan = PlanFolders.resolveSingle(plan);
        PrintWriter err = spec.commandLine().getErr();
        Set<Format> wanted = formats == null || formats.isEmpty() ? new LinkedHashSet<>(DEFAULT_FORMATS) : new LinkedHashSet<>(formats);
        DocumentRenderer.preload(wanted);
        InstalledPlugins installed = pluginOptions.load();
        PluginOptions.reportRejected(installed, err);
        RuleCatalogue catalogue = PluginOptions.catalogue(installed);
        LoadedPlan loaded;
        PluginSelection selection;
        try {
            loaded = new PlanReader().read(plan);
            // The plugin that serves this plan's SWV gives the house style, the glossary and its own rules.
            selection = pluginRequirement.select(installed, loaded);
        } catch (PlanInputException e) {
            return unusable(catalogue, e, err);
        }
        selection.renderNote().ifPresent(note -> err.println(CliMessages.format("plan-note", plan, note)));
        Theme theme = selection.theme();
        PlanReport report = new RuleRunner(catalogue, Clock.systemDefaultZone()).run(loaded, selection.plugin().orElse(null));
        long errors = report.counts().get(Severity.FOUT);
        if (strict && PlanDocumentBuilder.isDraft(report.findings())) {
            new TextReporter(false).write(new CheckResult(List.of(report), catalogue, Severity.FOUT), err);
            err.println(CliMessages.format("build.strict-refused", errors));
            err.println("    " + CliMessages.format("build.strict-refused.hint"));
            err.flush();
            return ExitCodes.FINDINGS;
        }
        Document document;
        try {
            document = new PlanDocumentBuilder(theme, Version.current(),
                    PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                    .build(loaded, report.findings(), selection.glossary());
        } catch (PlanInputException e) {
            return unusable(catalogue, e, err);
        }
        Map<Format, byte[]> rendered;
        try {
            rendered = DocumentRenderer.renderAll(wanted, document, theme);
        } catch (DocumentRenderer.RenderFailure e) {
            err.println(CliMessages.format("build.failed", e.getMessage()));
            if (!e.hint().isBlank()) {
                err.println("    " + e.hint());
            }
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        // Every format rendered before any is written: a failing writer leaves no half set behind.
        PrintWriter stdout = spec.commandLine().getOut();
        for (Map.Entry<Format, byte[]> entry : rendered.entrySet()) {
            Path file = directory().resolve(entry.getKey().fileName);
            AtomicFiles.write(file, entry.getValue());
            stdout.println(CliMessages.format("build.written", file));
        }
        if (document.meta().draft()) {
            stdout.println(CliMessages.format("build.draft", errors));
        }
        stdout.flush();
        return ExitCodes.CLEAN;
    }

    private Path directory() {
        if (out != null) {
            return out;
        }
        Path name = plan.toAbsolutePath().normalize().getFileName();
        return Path.of("target", "opmaat", name == null ? "plan" : name.toString());
    }

    private int unusable(RuleCatalogue catalogue, PlanInputException e, PrintWriter err) throws IOException {
        PlanReport unusable = PlanReport.unusable(plan.toString(), e.problems());
        new TextReporter(false).write(new CheckResult(List.of(unusable), catalogue, Severity.FOUT), err);
        err.flush();
        return ExitCodes.UNUSABLE;
    }
}
