package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CI tools track findings between runs and show only so many annotations: fingerprints, order and job summary. */
class CiOutputAtScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void commentLinesAboveTheFindingsChangeNoFingerprint(@TempDir Path dir) throws Exception {
        Path plan = CliProcess.copyPlan("po-22-02-emmen", dir.resolve("emmen"));
        JsonNode gitlabBefore = JSON.readTree(CliRun.of("check", plan.toString(), "--format", "gitlab").out());
        JsonNode sarifBefore = JSON.readTree(CliRun.of("check", plan.toString(), "--format", "sarif").out());

        Path yaml = plan.resolve("plan.yaml");
        Files.writeString(yaml, "# Vastgesteld door het bestuur.\n# Zie ook de notulen.\n" + Files.readString(yaml));
        JsonNode gitlabAfter = JSON.readTree(CliRun.of("check", plan.toString(), "--format", "gitlab").out());
        JsonNode sarifAfter = JSON.readTree(CliRun.of("check", plan.toString(), "--format", "sarif").out());

        assertEquals(gitlabBefore.size(), gitlabAfter.size());
        assertTrue(gitlabBefore.size() > 30, "Emmen has many findings: " + gitlabBefore.size());
        int moved = 0;
        for (int i = 0; i < gitlabBefore.size(); i++) {
            JsonNode before = gitlabBefore.get(i);
            JsonNode after = gitlabAfter.get(i);
            assertEquals(before.path("fingerprint"), after.path("fingerprint"), before.toString());
            if (before.at("/location/path").asText().endsWith("plan.yaml") && before.at("/location/lines/begin").asInt() > 1) {
                assertEquals(before.at("/location/lines/begin").asInt() + 2, after.at("/location/lines/begin").asInt());
                moved++;
            }
        }
        assertTrue(moved > 10, "the test must move findings: " + moved);
        assertEquals(prints(sarifBefore), prints(sarifAfter));
        assertEquals(new ArrayList<>(prints(sarifBefore)).stream().distinct().count(), prints(sarifBefore).size(), "unique");
    }

    @Test
    void sarifAndGitlabAgreeOnTheFingerprint() throws Exception {
        String plan = CliRun.plan("po-22-02-emmen");
        List<String> gitlab = new ArrayList<>();
        JSON.readTree(CliRun.of("check", plan, "--format", "gitlab").out()).forEach(i -> gitlab.add(i.path("fingerprint").asText()));
        assertTrue(prints(JSON.readTree(CliRun.of("check", plan, "--format", "sarif").out())).containsAll(gitlab));
    }

    @Test
    void insideGithubActionsErrorsComeFirstAndTheJobSummaryIsWritten(@TempDir Path dir) throws Exception {
        Path plan = CliProcess.copyPlan("po-22-02-emmen", dir.resolve("emmen"));
        Path summary = Files.writeString(dir.resolve("summary.md"), "## Eerdere stap\n");
        CliProcess run = CliProcess.opmaat(dir, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "check", "emmen", "--format", "github");
        assertEquals(1, run.exitCode(), run.err());
        List<String> commands = run.out().lines().map(l -> l.substring(2, l.indexOf(' '))).toList();
        int lastError = commands.lastIndexOf("error");
        int firstWarning = commands.indexOf("warning");
        assertTrue(lastError > 10 && firstWarning > lastError, "errors first: " + commands);
        assertTrue(commands.indexOf("notice") > commands.lastIndexOf("warning"));

        String md = Files.readString(summary);
        assertTrue(md.startsWith("## Eerdere stap\n## opmaat"), "appended, not overwritten:\n" + md);
        assertTrue(md.contains("| Ernst | Regel | Plaats | Melding |\n|---|---|---|---|\n| fout | `"), md);
        // The counts in the summary line are the annotations' own (the plan's findings change as the rules do).
        long errors = commands.stream().filter("error"::equals).count();
        long warnings = commands.stream().filter("warning"::equals).count();
        assertTrue(md.contains("(`emmen`): " + errors + " fouten, " + warnings + " waarschuwingen, "), md);
        long rows = md.lines().filter(l -> l.startsWith("| fout") || l.startsWith("| waarschuwing") || l.startsWith("| advies")).count();
        assertEquals(commands.size(), rows, "every annotation is in the summary");
        assertFalse(md.substring(md.indexOf("| waarschuwing")).contains("| fout |"), "errors first in the table too");
    }

    @Test
    void outsideGithubActionsTheOrderIsTheReportOrderAndNoSummaryIsWritten(@TempDir Path dir) throws Exception {
        Path plan = CliProcess.copyPlan("po-22-02-emmen", dir.resolve("emmen"));
        Path summary = dir.resolve("summary.md");
        CliProcess run = CliProcess.opmaat(dir, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", "emmen", "--format", "github");
        List<String> commands = run.out().lines().map(l -> l.substring(2, l.indexOf(' '))).toList();
        assertTrue(commands.indexOf("warning") < commands.lastIndexOf("error"), "file order mixes them: " + commands);
        assertFalse(Files.exists(summary));
    }

    private static List<String> prints(JsonNode sarif) {
        List<String> prints = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            String print = result.at("/partialFingerprints/opmaatFinding~1v2").asText();
            assertNotEquals("", print);
            assertTrue(result.path("suppressions").isArray(), "suppressions on every result");
            prints.add(print);
        }
        return prints;
    }
}
