package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code opmaat check} with the real plugin jars: plugin rules in every report format, and the default-theme path. */
class CheckWithPluginsTest {

    @TempDir
    Path temp;

    private static List<JsonNode> findings(JsonNode report, String rule) {
        return StreamSupport.stream(report.path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().equals(rule)).toList();
    }

    private Path plan(String name, String yaml) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("plan.yaml"), yaml);
        return dir;
    }

    @Test
    void theZaanstreekPlanGetsItsLocalRuleInTextAndJson() throws IOException {
        String plan = CliRun.plan("zaanstreek");
        CliRun text = CliRun.of("check", plan);
        assertTrue(text.out().contains(": waarschuwing [zaanstreek.weerstandsvermogen] Het plan spreekt een weerstandsvermogen van 1,5 % af"),
                text.out());
        assertFalse(text.err().contains("standaardopmaak"), "the plan names its plugin: " + text.err());

        CliRun json = CliRun.of("check", plan, "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        List<JsonNode> local = findings(report, "zaanstreek.weerstandsvermogen");
        assertEquals(1, local.size());
        assertEquals(plan + "/plan.yaml", local.get(0).path("file").asText());
        assertTrue(local.get(0).path("line").asInt() > 0);
        assertEquals(text.exitCode(), json.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "gitlab"})
    void thePluginRuleIdAppearsInEveryReportFormat(String format) {
        CliRun run = CliRun.of("check", CliRun.plan("zaanstreek"), "--format", format);
        assertTrue(run.out().contains("zaanstreek.weerstandsvermogen"), format + ":\n" + run.out());
    }

    @Test
    void aPluginRuleOnAFixturePlanShowsItsPrefixedIdInTextAndJson() throws IOException {
        Path dir = plan("eem", """
                swv: { naam: SWV Proef Eem, sector: po, plugin: de-eem }
                periode: { van: 2024-08-01, tot: 2028-07-31 }
                doelen:
                  - { doel: Minder deelname aan het SBO, indicator: deelnamepercentage SBO, nulmeting: 2.8, streefwaarde: 2.6, jaar: 2028 }
                """);
        CliRun text = CliRun.of("check", dir.toString());
        assertTrue(text.out().contains("plan.yaml:4:") && text.out().contains(" waarschuwing [de-eem.sbo-streefwaarde] De streefwaarde"),
                text.out());
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", dir.toString(), "--format", "json").out());
        List<JsonNode> local = findings(report, "de-eem.sbo-streefwaarde");
        assertEquals(1, local.size());
        assertTrue(local.get(0).path("message").asText().contains("2,6 %"));
        assertTrue(findings(report, "zaanstreek.weerstandsvermogen").isEmpty(), "another SWV's rules do not run here");
    }

    @Test
    void aPlanWithoutPluginIsCheckedWithTheDefaultThemeAndANoteOnStderr() {
        // The voorbeeld plan is complete and names no plugin; its code PO 99-01 is claimed by none of the plugins.
        CliRun run = CliRun.of("check", CliRun.plan("voorbeeld"));
        assertEquals(0, run.exitCode(), "the note is no finding: " + run.out());
        assertTrue(run.err().contains("geen huisstijlplugin voor Samenwerkingsverband Passend Onderwijs Voorbeeldregio; "
                + "opmaat gebruikt de standaardopmaak"), run.err());
        for (String plugin : ShippedPlugins.IDS) {
            assertFalse(run.out().contains("[" + plugin + "."), "no rule of " + plugin + ":\n" + run.out());
        }
    }

    @Test
    void aPlanNamingAPluginThatIsNotInstalledIsRefusedUnlessAskedToGoOnWithANote() throws IOException {
        Path dir = plan("onbekend", """
                swv: { naam: SWV Onbekend, sector: po, plugin: bestaat-niet }
                periode: { van: 2024-08-01, tot: 2028-07-31 }
                """);
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains("kiest plugin bestaat-niet (swv.plugin), maar die is niet geïnstalleerd"), run.out());
        CliRun without = CliRun.of("check", dir.toString(), "--zonder-plugin");
        assertTrue(without.err().contains("kiest plugin bestaat-niet (swv.plugin), maar die is niet geïnstalleerd"),
                without.err());
    }

    @Test
    void aBrokenPluginIsReportedOnStderrAndTheCheckGoesOn() throws IOException {
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(extra.resolve("kapot.jar"), "geen zip");
        String plan = CliRun.plan("zaanstreek");
        CliRun clean = CliRun.of("check", plan);
        CliRun broken = CliRun.of("check", "--plugins", extra.toString(), plan);
        assertEquals(clean.exitCode(), broken.exitCode());
        assertEquals(clean.out(), broken.out(), "the report does not change");
        assertTrue(broken.err().contains("opmaat: plugin: ") && broken.err().contains("geen zip-archief"), broken.err());
    }
}
