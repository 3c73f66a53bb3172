package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line conventions (plan paths, --quiet, colour in a log) on a plan served by its real plugin jar. */
class CliConventionsWithPluginsTest {

    @Test
    void aPlanYamlPathMeansItsFolder() {
        CliRun folder = CliRun.of("check", CliRun.plan("po-22-02-emmen"), "--format", "json");
        CliRun file = CliRun.of("check", CliRun.plan("po-22-02-emmen") + "/plan.yaml", "--format", "json");
        assertEquals(1, file.exitCode(), file.err());
        assertEquals(folder.out(), file.out());
    }

    @Test
    void quietShowsOnlyWhatFailsTheRun() {
        CliRun full = CliRun.of("check", CliRun.plan("po-22-02-emmen"));
        CliRun quiet = CliRun.of("check", CliRun.plan("po-22-02-emmen"), "--quiet");
        assertEquals(full.exitCode(), quiet.exitCode());
        assertTrue(full.out().contains(": waarschuwing ["), "the full report has warnings");
        assertTrue(quiet.out().contains(": fout ["), quiet.out());
        assertFalse(quiet.out().contains(": waarschuwing ["), quiet.out());
        assertFalse(quiet.out().contains("geen adviezen") || quiet.out().contains("fouten,"), "no summary line:\n" + quiet.out());
        assertEquals("", CliRun.of("check", CliRun.plan("voorbeeld"), "-q").out(), "a passing plan prints nothing");
    }

    @Test
    void inAPlanFolderCheckNeedsNoArgumentAndForceColorWorksInALog(@TempDir Path dir) throws Exception {
        Path plan = CliProcess.copyPlan("po-22-02-emmen", dir.resolve("emmen"));
        CliProcess run = CliProcess.opmaat(plan, Map.of("FORCE_COLOR", "1"), "check", "--plugins", "/nonexistent-none");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("\u001b[1mplan.yaml"), run.out());
        CliProcess plain = CliProcess.opmaat(plan, Map.of("NO_COLOR", "1"), "check");
        assertFalse(plain.out().contains("\u001b["), plain.out());
    }
}
