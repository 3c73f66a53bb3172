package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers cap the heap; a plan that needs more than the cap must end in a Dutch line that says how to raise it,
 * with exit code 2 and no document, never in the JVM's English "OutOfMemoryError" trace.
 */
class OutOfMemoryCliTest {

    @Test
    void aBuildThatRunsOutOfMemoryStopsWithADutchHintAndWritesNothing(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("uit");
        List<String> command = new ArrayList<>(List.of(CliProcess.java(), "-Xmx24m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", CliRun.ROOT.resolve("plan-sources/vo-zuidoost-utrecht").toString(), "--out", out.toString()));

        CliProcess run = CliProcess.run(temp, Map.of(), command);

        assertEquals(ExitCodes.UNUSABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("te weinig werkgeheugen"), run.err());
        assertTrue(run.err().contains("OPMAAT_JAVA_OPTS=-Xmx512m"), run.err());
        assertFalse(run.err().contains("OutOfMemoryError"), run.err());
        assertFalse(Files.exists(out.resolve("ondersteuningsplan.pdf")));
        assertFalse(Files.exists(out.resolve("ondersteuningsplan.docx")));
    }
}
