package nl.opmaat.plugin.zaanstreek;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.core.plugin.PluginSelfCheck;
import org.junit.jupiter.api.Test;

/** The plugin's parts agree with each other and with the engine's checks; its glossary fits its own plan. */
class ZaanstreekPluginTest {

    @Test
    void descriptorThemeRulesAndGlossaryAgreeAndFitThePlan() {
        assertEquals(List.of(), PluginSelfCheck.problems(Path.of("plugin.properties"), ZaanstreekPlugin.class,
                new ZaanstreekTheme(), new ZaanstreekRuleProvider(), new ZaanstreekGlossary(), Path.of("../../plan-sources/zaanstreek")));
    }
}
