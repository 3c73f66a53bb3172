package nl.opmaat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opmaat.api.Severity;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.TextReporter;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.theme.DefaultTheme;
import nl.opmaat.docx.DocxPlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat build <plan-dir> --format docx}: checks the plan, builds its document tree and writes it. A plan with
 * findings is still built (as a draft when it has errors); an unusable plan gives its problems and exit 2.
 */
@Command(name = "build", description = "Maakt het opgemaakte plan: een bewerkbaar Word-bestand (docx).")
final class BuildCommand implements Callable<Integer> {

    enum Format { docx }

    static final String DOCX_FILE = "ondersteuningsplan.docx";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "<planmap>", description = "Map met plan.yaml.")
    Path plan;

    @Option(names = "--format", defaultValue = "docx", description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "<map>",
            description = "Map voor het resultaat (standaard: target/opmaat/<naam van de planmap>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // docx4j's model loads while the plan is read and checked: two cores, about a second saved.
        java.util.concurrent.CompletableFuture.runAsync(DocxPlanWriter::preload);
        RuleCatalogue catalogue = RuleCatalogue.builtIn(Law.load());
        Theme theme = new DefaultTheme();
        Document document;
        try {
            LoadedPlan loaded = new PlanReader().read(plan);
            PlanReport report = new RuleRunner(catalogue, Clock.systemDefaultZone()).run(loaded);
            document = new PlanDocumentBuilder(theme, Version.current(),
                    PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))
                    .build(loaded, report.findings(), List.of());
        } catch (PlanInputException e) {
            StringWriter text = new StringWriter();
            new TextReporter(false).write(new CheckResult(List.of(PlanReport.unusable(plan.toString(), e.problems())),
                    catalogue, Severity.FOUT), text);
            err.print(text);
            err.println(CliMessages.format("build.unusable", plan));
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        Path directory = out != null ? out : Path.of("target", "opmaat", plan.toAbsolutePath().normalize().getFileName().toString());
        Path target = directory.resolve(DOCX_FILE);
        switch (format) {
            case docx -> new DocxPlanWriter().write(document, theme, target);
        }
        spec.commandLine().getOut().println(CliMessages.format("build.written", target));
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
