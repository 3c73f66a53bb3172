package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that writes HTML or PDF loads the Dutch hyphenation patterns (some 200 ms in a fresh process) on a thread of
 * its own while the plan is read and checked, not on the thread that renders. A separate JVM logs which thread
 * initialises the class ({@code -Xlog:class+init}, decorated with the thread id).
 */
class BuildPreloadsHyphenationTest {

    private static final Pattern THREAD = Pattern.compile("^\\[(\\d+)]");

    @Test
    void thePatternsAreLoadedBesideTheMainThread(@TempDir Path temp) throws Exception {
        Path log = temp.resolve("classes.log");
        List<String> command = List.of(CliProcess.java(), "-Xlog:class+load=info,class+init=info:file=" + log + ":tid",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", CliRun.plan("voorbeeld"), "--format", "html", "--out", temp.resolve("uit").toString());

        CliProcess run = CliProcess.run(temp, Map.of(), command);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(temp.resolve("uit/ondersteuningsplan.html")));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String main = threadOf(lines, "nl.opmaat.cli.Main source");
        String hyphenation = threadOf(lines, "Initializing 'nl/opmaat/core/document/Hyphenation'");
        assertNotEquals(main, hyphenation, "the patterns are loaded on the main thread");
    }

    private static String threadOf(List<String> lines, String event) {
        String line = lines.stream().filter(l -> l.contains(event)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the log: " + event));
        Matcher m = THREAD.matcher(line);
        assertTrue(m.find(), line);
        return m.group(1);
    }
}
