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

/** End to end: {@code opmaat check} on the shipped Emmen plan and on small plans made here. */
class CheckCommandTest {

    private static final String EMMEN = CliRun.plan("po-22-02-emmen");

    @TempDir
    Path temp;

    private static List<JsonNode> findings(JsonNode report, String rule) {
        return StreamSupport.stream(report.path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().equals(rule)).toList();
    }

    /** The 1-based line of the first line of plan.yaml that starts with {@code prefix} (an oracle independent of the loader). */
    private static int lineOf(String plan, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(plan, "plan.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    @Test
    void reportsTheRealProceduralGapsOfTheEmmenPlanAsJson() throws IOException {
        CliRun run = CliRun.of("check", EMMEN, "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(EMMEN, report.path("plan").asText());
        assertTrue(report.path("swv").asText().contains("Emmen"));

        List<JsonNode> oogo = findings(report, "procedure.oogo-gemeenten");
        assertEquals(1, oogo.size(), "only Borger-Odoorn lacks an OOGO");
        assertTrue(oogo.get(0).path("message").asText().contains("Borger-Odoorn"));
        assertEquals(lineOf(EMMEN, "  oogo:"), oogo.get(0).path("line").asInt());
        assertEquals(3, oogo.get(0).path("column").asInt());
        assertEquals(EMMEN + "/plan.yaml", oogo.get(0).path("file").asText());
        assertEquals("fout", oogo.get(0).path("severity").asText());
        assertFalse(oogo.get(0).path("hint").asText().isBlank());

        assertEquals(1, findings(report, "inhoud.vangnet").size(), "a 2026-2030 plan needs a vangnetbepaling");
        assertEquals(1, findings(report, "procedure.toezending-inspectie").size());
        for (String dated : List.of("procedure.opr-instemming", "procedure.vaststelling", "procedure.periode",
                "procedure.opr-voor-vaststelling", "procedure.oogo-voor-vaststelling")) {
            assertTrue(findings(report, dated).isEmpty(), dated + " must not fire: the seed dates these steps in order");
        }
        JsonNode summary = report.path("summary");
        int total = summary.path("fout").asInt() + summary.path("waarschuwing").asInt() + summary.path("advies").asInt();
        assertEquals(report.path("findings").size(), total);
    }

    @Test
    void printsOneLinePerFindingWithPathLineColumnSeverityAndRule() throws IOException {
        CliRun run = CliRun.of("check", EMMEN);
        assertEquals(1, run.exitCode());
        int line = lineOf(EMMEN, "  oogo:");
        assertTrue(run.out().contains(EMMEN + "/plan.yaml:" + line + ":3: fout [procedure.oogo-gemeenten] "), run.out());
        assertTrue(run.out().contains("\n    Voeg onder vaststelling.oogo"), "hint on the next line, indented");
        assertTrue(run.out().strip().endsWith("."), "ends with the Dutch summary line");
        assertFalse(run.out().contains("\u001b["), "no colour when not on a terminal");
    }

    private Path plan(String yaml) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("plan"));
        Files.writeString(dir.resolve("plan.yaml"), yaml);
        return dir;
    }

    private static final String COMPLETE_PROCEDURE = """
            swv: { naam: SWV Proef, sector: po, gemeenten: [Almere] }
            periode: { van: 2018-08-01, tot: 2022-07-31 }
            vaststelling:
              opr-instemming: 2018-03-01
              oogo: [ { gemeente: Almere, datum: 2018-02-01 } ]
              overleg-samenwerkingsverbanden: [ { naam: SWV VO Almere, datum: 2018-02-02 } ]
              bestuur: 2018-03-10
            """;

    /** The complete voorbeeld plan without its date of sending to the Inspectie: one advies, nothing else. */
    private Path voorbeeldWithOnlyAnAdvies() throws IOException {
        Path source = CliRun.ROOT.resolve("plan-sources/voorbeeld");
        Path target = temp.resolve("voorbeeld");
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path yaml = target.resolve("plan.yaml");
        Files.write(yaml, Files.readAllLines(yaml).stream().filter(l -> !l.contains("toezending-inspectie:")).toList());
        return target;
    }

    @Test
    void failOnSelectsTheLevelThatFails() throws IOException {
        Path dir = voorbeeldWithOnlyAnAdvies();
        assertEquals(0, CliRun.of("check", dir.toString()).exitCode(), "only an advies: clean at the default level");
        assertEquals(0, CliRun.of("check", dir.toString(), "--fail-on", "waarschuwing").exitCode());
        assertEquals(1, CliRun.of("check", dir.toString(), "--fail-on", "advies").exitCode());
        assertEquals(2, CliRun.of("check", dir.toString(), "--fail-on", "ernstig").exitCode());
    }

    @Test
    void unusableInputExitsWithTwoAndADutchMessage() throws IOException {
        Path dir = plan("swv: { naam: SWV Proef, sector: po }\nperiode:\n  van: 17-4-2026\n");
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("plan.yaml:3:8: fout [invoer] '17-4-2026' bij periode.van is geen datum als 2026-04-17."), run.out());
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"));
    }

    @Test
    void severalPlansGiveOneExitCodeAndAJsonArray() throws IOException {
        Path dir = plan(COMPLETE_PROCEDURE);
        CliRun run = CliRun.of("check", dir.toString(), EMMEN, "--format", "json");
        assertEquals(1, run.exitCode());
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertEquals(2, all.size());
        assertEquals(dir.toString(), all.get(0).path("plan").asText());
    }

    @Test
    void writesTheReportToAFileWhenAsked() throws IOException {
        Path out = temp.resolve("rapport/emmen.json");
        CliRun run = CliRun.of("check", EMMEN, "--format", "json", "--output", out.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(EMMEN, new ObjectMapper().readTree(out.toFile()).path("plan").asText());
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
