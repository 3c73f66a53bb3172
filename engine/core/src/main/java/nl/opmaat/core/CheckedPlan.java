package nl.opmaat.core;

import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.PlanReport;

/**
 * One plan read, with the plugin that serves it and the findings of the rules: the first step of every command that
 * renders a plan ({@code build}, {@code summary}, {@code diff}), the same as {@code check}'s.
 */
public record CheckedPlan(LoadedPlan loaded, PluginSelection selection, PlanReport report) {

    /** The id of the plugin that serves the plan, or null for none (as {@code RuleRunner.run} takes it). */
    public String plugin() {
        return selection.plugin().orElse(null);
    }
}
