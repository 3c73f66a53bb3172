package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opmaat check} stays small: it never loads the PDF writer, openhtmltopdf or PDFBox, nor the picocli model of
 * the other commands (a separate JVM with {@code -verbose:class} shows what was loaded). {@code build} in the same setup does load them, so the probe works.
 */
class CheckLoadsNoPdfClassesTest {

    @TempDir
    Path temp;

    private static String classesLoadedBy(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void checkLoadsNoPdfClasses() throws Exception {
        String loaded = classesLoadedBy("check", CliRun.plan("voorbeeld"));
        assertTrue(loaded.contains("nl.opmaat.cli.CheckCommand"), "the probe sees the classes: " + loaded.length());
        assertFalse(loaded.contains("nl.opmaat.pdf."));
        assertFalse(loaded.contains("com.openhtmltopdf."));
        assertFalse(loaded.contains("org.apache.pdfbox."));
    }

    @Test
    void checkBuildsNoOtherCommand() throws Exception {
        String loaded = classesLoadedBy("check", CliRun.plan("voorbeeld"));
        assertTrue(loaded.contains("nl.opmaat.cli.CheckCommand"), "the probe sees the classes: " + loaded.length());
        // Types that only the picocli models of other commands name (their mixins, option enums and converters):
        // loaded when picocli builds those models, which a check has no use for.
        for (String other : List.of("OutputFolder", "RulesCommand$Format", "PluginsCommand$Format", "SectorConverter")) {
            assertFalse(loaded.contains("nl.opmaat.cli." + other + " "), other + " is loaded by check");
        }
    }

    @Test
    void buildLoadsThem() throws Exception {
        String loaded = classesLoadedBy("build", CliRun.plan("voorbeeld"), "--format", "html", "--out", temp.toString());
        assertTrue(loaded.contains("nl.opmaat.pdf.HtmlPlanWriter"));
        assertEquals(true, java.nio.file.Files.exists(temp.resolve("ondersteuningsplan.html")));
    }
}
