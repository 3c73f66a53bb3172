package nl.opmaat.cli;

import java.util.Optional;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginSelection;
import picocli.CommandLine.Option;

/**
 * {@code --zonder-plugin} for the commands that judge or render a plan. Without it, a plan whose {@code swv.plugin} is
 * not installed is unusable input (exit 2): checked without its plugin it would pass without the SWV's own rules.
 */
final class PluginRequirement {

    @Option(names = "--zonder-plugin",
            description = "Ga door als de plugin uit swv.plugin niet geïnstalleerd is: zonder de regels en de huisstijl van die plugin.")
    boolean withoutPlugin;

    /** The plugin that serves the plan, or the plan refused when the plugin it names is missing. */
    PluginSelection select(InstalledPlugins installed, LoadedPlan loaded) throws PlanInputException {
        if (!withoutPlugin) {
            Optional<PlanProblem> missing = installed.missingNamedPlugin(loaded);
            if (missing.isPresent()) {
                throw new PlanInputException(missing.get());
            }
        }
        return installed.select(loaded.plan());
    }
}
