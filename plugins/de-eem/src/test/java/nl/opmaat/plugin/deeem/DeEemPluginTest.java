package nl.opmaat.plugin.deeem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.core.plugin.PluginSelfCheck;
import org.junit.jupiter.api.Test;

/** The plugin's parts agree with each other and with the engine's checks; its glossary fits its own plan. */
class DeEemPluginTest {

    @Test
    void descriptorThemeRulesAndGlossaryAgreeAndFitThePlan() {
        assertEquals(List.of(), PluginSelfCheck.problems(Path.of("plugin.properties"), DeEemPlugin.class,
                new DeEemTheme(), new DeEemRuleProvider(), new DeEemGlossary(), Path.of("../../plan-sources/de-eem")));
    }
}
