package nl.opmaat.plugin.deeem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.testkit.PluginSelfCheck;
import org.junit.jupiter.api.Test;

/** The plugin loads as opmaat loads it, its theme, rules and glossary pass the engine's checks, its glossary fits its own plan. */
class DeEemPluginTest {

    @Test
    void loadsWithoutProblemsAndItsGlossaryFitsThePlan() {
        assertEquals(List.of(), PluginSelfCheck.problems(Path.of("."), Path.of("../../plan-sources/de-eem")));
    }
}
