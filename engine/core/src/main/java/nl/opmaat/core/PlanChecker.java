package nl.opmaat.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Checks the plans on all available cores; the reports keep the order of {@code planDirectories}. */
    public CheckResult check(List<Path> planDirectories, Severity failOn) {
        return check(planDirectories, failOn, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Checks the plans on at most {@code threads} threads. Plans share nothing but read-only state (catalogue, schema,
     * plugins), so each report is what a check of that plan alone gives; they are collected in input order.
     */
    public CheckResult check(List<Path> planDirectories, Severity failOn, int threads) {
        int workers = Math.min(Math.max(1, threads), planDirectories.size());
        List<PlanReport> reports = new ArrayList<>();
        if (workers <= 1) {
            for (Path directory : planDirectories) {
                reports.add(check(directory));
            }
            return new CheckResult(reports, catalogue, failOn);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "opmaat-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PlanReport>> pending = new ArrayList<>();
            for (Path directory : planDirectories) {
                pending.add(pool.submit(() -> check(directory)));
            }
            for (Future<PlanReport> report : pending) {
                reports.add(nl.opmaat.core.internal.Futures.await(report));
            }
        } finally {
            pool.shutdownNow();
        }
        return new CheckResult(reports, catalogue, failOn);
    }

    /**
     * Checks one plan. Its notes are the plugin selection's own ({@link PluginSelection#note()}): a check renders
     * nothing, so it never reads the theme's CSS, logo or fonts.
     */
    public PlanReport check(Path directory) {
        try {
            Judged judged = judge(directory);
            return judged.report().withNotesFirst(judged.selection().note().stream().toList());
        } catch (PlanInputException e) {
            return PlanReport.unusable(directory.toString(), e.problems());
        }
    }

    /**
     * Reads a plan, picks its plugin and runs the rules: what every command that renders a plan starts with. The
     * report's notes start with the plugin selection's note for rendering (a theme that failed its gate says so).
     *
     * @throws PlanInputException when the plan cannot be read or its named plugin is missing
     */
    public CheckedPlan read(Path directory) throws PlanInputException {
        Judged judged = judge(directory);
        return new CheckedPlan(judged.loaded(), judged.selection(),
                judged.report().withNotesFirst(judged.selection().renderNote().stream().toList()));
    }

    private record Judged(LoadedPlan loaded, PluginSelection selection, PlanReport report) {
    }

    private Judged judge(Path directory) throws PlanInputException {
        LoadedPlan loaded = reader.read(directory);
        PluginSelection selection = plugins.choose(loaded);
        PlanReport report = runner.run(loaded, selection.plugin().orElse(null));
        if (report.unusable()) {
            throw new PlanInputException(report.inputProblems());
        }
        return new Judged(loaded, selection, report);
    }

    /** The catalogue the plans are judged with, for the reports. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** Runs the rules on another version of a plan, served by the same plugin (the older side of a redline). */
    public PlanReport check(LoadedPlan loaded, String plugin) {
        return runner.run(loaded, plugin);
    }
}
