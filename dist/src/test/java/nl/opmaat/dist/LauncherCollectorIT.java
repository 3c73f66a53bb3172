package nl.opmaat.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release launcher picks the garbage collector per command (bin/opmaat-class-cache.sh, opmaat_gc_options): the
 * parallel one for a check, whose many plans are checked on all cores, the serial one for the commands that render,
 * which keeps the largest build within its memory budget. Read from the JVM's own log of which collector it uses.
 */
class LauncherCollectorIT {

    @Test
    void aCheckCollectsInParallelAndABuildSerially(@TempDir Path temp) throws Exception {
        Path home = ReleaseZipIT.unpacked(Files.createDirectories(temp.resolve("zip")));
        Path plan = temp.resolve("plan");
        ReleaseZipIT.copy(Path.of(System.getProperty("opmaat.root")).resolve("plan-sources/voorbeeld"), plan);

        assertEquals("Parallel", collector(home, temp, "check", "--quiet", plan.toString()));
        assertEquals("Serial", collector(home, temp, "build", "--format", "html", "--out",
                temp.resolve("uit").toString(), plan.toString()));
        assertEquals("Parallel", collector(home, temp, "rules"));
    }

    /** The collector the launcher started Java with for one command, as {@code -Xlog:gc} names it. */
    private static String collector(Path home, Path temp, String... args) throws Exception {
        Path log = temp.resolve("gc-" + args[0] + ".log");
        Map<String, String> env = Map.of("OPMAAT_JAVA_OPTS", "-Xlog:gc:file=" + log, "OPMAAT_CLASS_CACHE", "off");
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/opmaat").toString()));
        command.addAll(List.of(args));
        ReleaseZipIT.Run run = ReleaseZipIT.run(temp, env, command.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<String> used = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("Using ")).toList();
        assertTrue(used.size() == 1, used.toString());
        return used.get(0).replaceAll(".*Using (\\w+).*", "$1");
    }
}
