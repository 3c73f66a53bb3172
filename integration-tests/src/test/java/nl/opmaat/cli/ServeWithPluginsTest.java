package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opmaat serve} as a user starts and stops it: a real process, the real plugin jars, SIGTERM. */
class ServeWithPluginsTest {

    @Test
    void servesThePlanInItsPluginsHouseStyleAndStopsOnSigterm(@TempDir Path temp) throws Exception {
        Path plan = CliProcess.copyPlan("vo-zuidoost-utrecht", temp.resolve("plan"));
        List<String> command = new ArrayList<>(List.of(CliProcess.java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", plan.toString(), "--port", "0"));
        Path log = temp.resolve("serve.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String first = firstLine(log, process);
            assertTrue(first != null && first.startsWith("Live voorbeeld van "), String.valueOf(first));
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/ ").matcher(first);
            assertTrue(port.find(), first);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"opmaat-bevindingen\""));
            assertTrue(page.body().contains("Huisstijl SWV VO Zuidoost Utrecht"), "the plugin's house style is named");

            long signalled = System.nanoTime();
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stopped after SIGTERM");
            long millis = (System.nanoTime() - signalled) / 1_000_000;
            System.out.println("opmaat serve: SIGTERM to exit in " + millis + " ms");
            String all = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(all.contains("Exception") || all.contains("\tat "), all);
        } finally {
            process.destroyForcibly();
        }
        try (var files = Files.walk(plan)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".opmaat") || f.endsWith("target")),
                    "nothing written into the plan folder");
        }
    }

    /** The first line the process writes (it starts a JVM and reads the plan first); fails if the process ends. */
    private static String firstLine(Path log, Process process) throws Exception {
        for (int i = 0; i < 600; i++) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains("\n")) {
                return text.substring(0, text.indexOf('\n'));
            }
            assertTrue(process.isAlive(), "opmaat serve ended early: " + text);
            Thread.sleep(100);
        }
        throw new AssertionError("opmaat serve printed nothing within a minute");
    }
}
