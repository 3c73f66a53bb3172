package nl.opmaat.plugin.zuidoostutrecht;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.core.plugin.PluginSelfCheck;
import org.junit.jupiter.api.Test;

/** The plugin's parts agree with each other and with the engine's checks; its glossary fits its own plan. */
class ZuidoostUtrechtPluginTest {

    @Test
    void descriptorThemeRulesAndGlossaryAgreeAndFitThePlan() {
        assertEquals(List.of(), PluginSelfCheck.problems(Path.of("plugin.properties"), ZuidoostUtrechtPlugin.class,
                new ZuidoostUtrechtTheme(), new ZuidoostUtrechtRuleProvider(), new ZuidoostUtrechtGlossary(), Path.of("../../plan-sources/vo-zuidoost-utrecht")));
    }
}
