package nl.opmaat.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.Severity;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.theme.DefaultTheme;

/** Reads and checks plans: the whole of {@code opmaat check} except argument parsing and output. */
public final class PlanChecker {

    private final PlanReader reader;
    private final RuleCatalogue catalogue;
    private final RuleRunner runner;
    private final PluginChoice plugins;

    /** Picks the plugin that serves a loaded plan, or refuses the plan (a named plugin that is not installed). */
    @FunctionalInterface
    public interface PluginChoice {
        PluginSelection choose(LoadedPlan loaded) throws PlanInputException;
    }

    /** Checks with the built-in rules only. */
    public PlanChecker(PlanReader reader, RuleCatalogue catalogue, RuleRunner runner) {
        this(reader, catalogue, runner, (PluginChoice) loaded -> new PluginSelection(Optional.empty(), new DefaultTheme(), List.of(),
                Optional.empty()));
    }

    /**
     * @param plugins picks the plugin that serves a plan (usually {@code InstalledPlugins::select}): its rules run too,
     *                and its note, if any, leads the plan's notes
     */
    public PlanChecker(PlanReader reader, RuleCatalogue catalogue, RuleRunner runner,
                       Function<Plan, PluginSelection> plugins) {
        this(reader, catalogue, runner, (PluginChoice) loaded -> plugins.apply(loaded.plan()));
    }

    /** @param plugins picks the plugin for a plan, or refuses the plan with a Dutch input problem */
    public PlanChecker(PlanReader reader, RuleCatalogue catalogue, RuleRunner runner, PluginChoice plugins) {
        this.reader = reader;
        this.catalogue = catalogue;
        this.runner = runner;
        this.plugins = plugins;
    }

    public CheckResult check(List<Path> planDirectories, Severity failOn) {
        List<PlanReport> reports = new ArrayList<>();
        for (Path directory : planDirectories) {
            reports.add(check(directory));
        }
        return new CheckResult(reports, catalogue, failOn);
    }

    public PlanReport check(Path directory) {
        try {
            LoadedPlan loaded = reader.read(directory);
            PluginSelection selection = plugins.choose(loaded);
            return runner.run(loaded, selection.plugin().orElse(null)).withNotesFirst(selection.note().stream().toList());
        } catch (PlanInputException e) {
            return PlanReport.unusable(directory.toString(), e.problems());
        }
    }
}
