package nl.opmaat.plugin.emmen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.core.plugin.PluginSelfCheck;
import org.junit.jupiter.api.Test;

/** The plugin's parts agree with each other and with the engine's checks; its glossary fits its own plan. */
class EmmenPluginTest {

    @Test
    void descriptorThemeRulesAndGlossaryAgreeAndFitThePlan() {
        assertEquals(List.of(), PluginSelfCheck.problems(Path.of("plugin.properties"), EmmenPlugin.class,
                new EmmenTheme(), new EmmenRuleProvider(), new EmmenGlossary(), Path.of("../../plan-sources/po-22-02-emmen")));
    }
}
