package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opmaat plugins} on the real plugin jars of this repository, and with a broken jar beside them. */
class PluginsCommandTest {

    /** Every plugin module under plugins/, so a sixth plugin needs no edit here. */
    static final List<String> IDS = ShippedPlugins.IDS;
    private static final String FOUND = IDS.size() + " plugins gevonden.";

    @Test
    void listsTheRealPluginsWithoutProblems() {
        CliRun run = CliRun.of("plugins");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith(FOUND), run.out());
        for (String id : IDS) {
            assertTrue(run.out().contains("\n" + id + " 1.0.0 ("), id + " missing in\n" + run.out());
        }
        assertTrue(run.out().contains("SWV-codes:  PO 22-02"));
        assertTrue(run.out().contains("1 regel: zaanstreek.weerstandsvermogen"));
        assertEquals(IDS.size(), run.out().split("problemen:  geen", -1).length - 1);
        assertEquals("", run.err(), "pf4j's own logging stays off the console");
    }

    @Test
    void jsonGivesThemeRulesGlossaryAndProblemsPerPlugin() throws IOException {
        CliRun run = CliRun.of("plugins", "--format", "json");
        assertEquals(0, run.exitCode());
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode plugin : root.path("plugins")) {
            String id = plugin.path("id").asText();
            ids.add(id);
            assertTrue(plugin.path("active").asBoolean(), id);
            assertEquals(id, plugin.path("theme").path("id").asText());
            assertTrue(plugin.path("theme").path("logo").asBoolean(), id + " has a logo");
            plugin.path("rules").forEach(rule -> assertTrue(rule.asText().startsWith(id + "."), rule.asText()));
            assertTrue(plugin.path("glossaryTerms").asInt() >= 10, id);
            assertEquals(0, plugin.path("problems").size(), plugin.path("problems").toString());
            assertTrue(plugin.path("location").asText().matches(".*plugins/" + id + "/target/opmaat-plugin-" + id + "-.*\\.jar"),
                    plugin.path("location").asText());
        }
        assertEquals(IDS, ids);
        assertEquals("PO 22-02", root.path("plugins").get(IDS.indexOf("po-22-02-emmen")).path("swvCodes").get(0).asText());
        assertEquals(0, root.path("rejected").size());
        assertTrue(root.path("searched").toString().contains("plugins"));
    }

    @Test
    void aBrokenJarIsListedAsNotLoadedAndTheOthersStillLoad(@TempDir Path extra) throws IOException {
        Files.writeString(extra.resolve("kapot.jar"), "geen zip");
        CliRun run = CliRun.of("plugins", "--plugins", extra.toString());
        assertEquals(1, run.exitCode(), "a problem makes opmaat plugins fail, for a plugin author's CI");
        assertTrue(run.out().contains("Niet geladen:"), run.out());
        assertTrue(run.out().contains("kapot.jar is geen geldig jar-bestand (het is geen zip-archief)"), run.out());
        assertTrue(run.out().startsWith(FOUND));
        assertFalse(run.out().contains("Exception"));
    }
}
