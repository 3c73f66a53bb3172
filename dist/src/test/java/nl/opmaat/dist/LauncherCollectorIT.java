package nl.opmaat.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A build's young generation is 48 MB, not a third of the heap: the serial collector touches all of it on every
     * young collection, and the default took the largest build over its 256 MiB memory budget.
     */
    @Test
    void aBuildHasAYoungGenerationOf48Megabytes(@TempDir Path temp) throws Exception {
        Path home = ReleaseZipIT.unpacked(Files.createDirectories(temp.resolve("zip")));
        Path plan = temp.resolve("plan");
        ReleaseZipIT.copy(Path.of(System.getProperty("opmaat.root")).resolve("plan-sources/voorbeeld"), plan);
        Path log = temp.resolve("heap.log");
        Map<String, String> env = Map.of("OPMAAT_JAVA_OPTS", "-Xlog:gc+heap+exit:file=" + log, "OPMAAT_CLASS_CACHE", "off");
        ReleaseZipIT.Run run = ReleaseZipIT.run(temp, env, home.resolve("bin/opmaat").toString(), "build", "--format",
                "html", "--out", temp.resolve("uit").toString(), plan.toString());
        assertEquals(0, run.code(), run.err());

        // " def new generation   total 44288K, used 23163K [0x00000000f4000000, 0x00000000f7000000, 0x00000000f7000000)":
        // the first and last addresses bound the space reserved for it.
        String young = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("def new generation")).findFirst()
                .orElseThrow(() -> new AssertionError("no young generation in the heap log"));
        Matcher range = Pattern.compile("\\[0x(\\p{XDigit}+), 0x\\p{XDigit}+, 0x(\\p{XDigit}+)\\)")
                .matcher(young);
        assertTrue(range.find(), young);
        long reserved = Long.parseUnsignedLong(range.group(2), 16) - Long.parseUnsignedLong(range.group(1), 16);
        assertEquals(48L << 20, reserved, young);
    }

    /** The collector the launcher started Java with for one command, as {@code -Xlog:gc} names it. */
    private static String collector(Path home, Path temp, String... args) throws Exception {
        Path log = temp.resolve("gc-" + args[0] + ".log");
        Map<String, String> env = Map.of("OPMAAT_JAVA_OPTS", "-Xlog:gc:file=" + log, "OPMAAT_CLASS_CACHE", "off");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/opmaat").toString()));
        command.addAll(List.of(args));
        ReleaseZipIT.Run run = ReleaseZipIT.run(temp, env, command.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<String> used = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("Using ")).toList();
        assertTrue(used.size() == 1, used.toString());
        return used.get(0).replaceAll(".*Using (\\w+).*", "$1");
    }
}
