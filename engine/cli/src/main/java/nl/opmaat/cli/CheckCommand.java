package nl.opmaat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opmaat.api.Severity;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.plugin.InstalledPlugin;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.GithubReporter;
import nl.opmaat.core.report.GitlabReporter;
import nl.opmaat.core.report.JUnitReporter;
import nl.opmaat.core.report.JsonReporter;
import nl.opmaat.core.report.Reporter;
import nl.opmaat.core.report.SarifReporter;
import nl.opmaat.core.report.TextReporter;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opmaat check <plan-dir>...}: validates plans and reports findings; exit 0, 1 or 2. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Controleert een of meer plannen op de wettelijke eisen.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github, gitlab }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<planmap>",
            description = "Map met plan.yaml, het bestand plan.yaml zelf, of een map met plannen eronder (standaard: de werkmap).")
    List<Path> plans = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    Format format;

    /** No default here: null means "not given", so .opmaat.yaml can set it. */
    @Option(names = "--fail-on", converter = SeverityConverter.class, paramLabel = "fout|waarschuwing|advies",
            description = "Vanaf welke ernst de opdracht faalt (standaard: fail-on uit .opmaat.yaml, anders fout).")
    Severity failOn;

    @Option(names = {"-q", "--quiet"},
            description = "Toon alleen de bevindingen die de controle laten falen, zonder samenvatting en zonder meldingen over plugins.")
    boolean quiet;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Kleur in de tekstuitvoer: auto (alleen op een terminal; volgt NO_COLOR en FORCE_COLOR), always of never.")
    ColorChoice color;

    @Option(names = "--output", paramLabel = "<bestand>", description = "Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
    Path output;

    @Mixin
    PlanPlugins plugins;

    @Mixin
    ReadabilityOptions readability;

    @Override
    public Integer call() throws Exception {
        RepoConfig config = RepoConfig.forWorkingDirectory();
        List<Path> folders = PlanFolders.resolve(plans);
        Severity level = failOn != null ? failOn : config.failOn().orElse(Severity.FOUT);
        readability.enabled |= config.readability();
        InstalledPlugins installed = plugins.options.load();
        PlanChecker checker = plugins.checker(installed, readability.rules(installed));
        RuleCatalogue catalogue = checker.catalogue();
        CheckResult result = checker.check(folders, level);
        if (!quiet) {
            reportOnStderr(installed, catalogue, result);
        }
        GithubActions actions = new GithubActions(System.getenv());
        Reporter reporter = switch (format) {
            case text -> new TextReporter(output == null && color.colour(System.getenv(), System.console() != null), quiet);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(Path.of(""), Version.current());
            case junit -> new JUnitReporter();
            case github -> new GithubReporter(actions.active());
            case gitlab -> new GitlabReporter(Path.of(""));
        };
        OutputTarget.write(output, spec.commandLine().getOut(), out -> reporter.write(result, out));
        if (format == Format.github) {
            actions.appendSummary(result);
        }
        return result.exitCode();
    }

    /** Plugin problems and per-plan notes go to stderr: they are about the tool's set-up, not about the plan. */
    private void reportOnStderr(InstalledPlugins installed, RuleCatalogue catalogue, CheckResult result) {
        var err = spec.commandLine().getErr();
        PluginOptions.reportRejected(installed, err);
        for (InstalledPlugin plugin : installed.plugins()) {
            plugin.problems().forEach(p -> err.println(CliMessages.format("plugin-problem-of", plugin.id(), p)));
            catalogue.problemsOf(plugin.id()).forEach(p -> err.println(CliMessages.format("plugin-problem-of", plugin.id(), p)));
        }
        for (PlanReport plan : result.plans()) {
            plan.notes().forEach(note -> err.println(CliMessages.format("plan-note", plan.plan(), note)));
        }
        err.flush();
    }
}
