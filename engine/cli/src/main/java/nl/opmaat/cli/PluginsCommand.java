package nl.opmaat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginListWriter;
import nl.opmaat.core.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opmaat plugins}: lists the installed plugins and their problems; exit 1 when a plugin has a problem. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Toont de geïnstalleerde plugins: id, versie, SWV-codes, wat ze leveren en hun problemen.")
final class PluginsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    PluginOptions pluginOptions;

    @Option(names = "--format", defaultValue = "text", description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        InstalledPlugins installed = pluginOptions.load();
        RuleCatalogue catalogue = PluginOptions.catalogue(installed);
        PluginListWriter writer = new PluginListWriter(installed, catalogue,
                pluginOptions.sources().stream().map(PluginDirectories.Source::directory).toList(), Path.of(""));
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> writer.writeText(out);
            case json -> writer.writeJson(out);
        }
        out.flush();
        return writer.hasProblems() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
