package nl.opmaat.cli;

import java.io.PrintWriter;
import java.time.Clock;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.readability.B1Rules;
import picocli.CommandLine.Mixin;

/**
 * {@code --plugins} and {@code --zonder-plugin} for the commands that judge or render a plan, and the checker they
 * share: plugins loaded once, the catalogue of built-in and plugin rules, the plugin chosen per plan.
 */
final class PlanPlugins {

    @Mixin
    PluginOptions options;

    @Mixin
    PluginRequirement requirement;

    /** The installed plugins; those that could not be loaded are named on {@code err} (a set-up problem, never fatal). */
    InstalledPlugins load(PrintWriter err) {
        InstalledPlugins installed = options.load();
        PluginOptions.reportRejected(installed, err);
        return installed;
    }

    /** The checker with every installed plugin's rules, the b1 rules only listed. */
    PlanChecker checker(PrintWriter err) {
        return checker(load(err), B1Rules.listed());
    }

    /** The checker with every installed plugin's rules and the b1 rules as given. */
    PlanChecker checker(InstalledPlugins installed, B1Rules readability) {
        RuleCatalogue catalogue = PluginOptions.catalogue(installed, readability);
        return new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, Clock.systemDefaultZone()),
                (PlanChecker.PluginChoice) loaded -> requirement.select(installed, loaded));
    }
}
