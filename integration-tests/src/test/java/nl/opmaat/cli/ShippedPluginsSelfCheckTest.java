package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.testkit.PluginSelfCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plugin module under plugins/ passes the plugin self-check against the plan-source of the same name, also a
 * plugin that is only data and has no tests of its own: adding one is a folder and a module line, nothing here.
 */
class ShippedPluginsSelfCheckTest {

    static Stream<String> pluginFolders() {
        return ShippedPlugins.folders().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginFolders")
    void loadsWithoutProblemsAndItsGlossaryFitsItsPlan(String folder) {
        String id = ShippedPlugins.IDS.get(ShippedPlugins.folders().indexOf(folder));
        assertEquals(List.of(), PluginSelfCheck.problems(CliRun.ROOT.resolve("plugins").resolve(folder),
                CliRun.ROOT.resolve("plan-sources").resolve(id)));
    }
}
