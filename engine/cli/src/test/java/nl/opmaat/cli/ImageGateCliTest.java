package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images that would crash, stall or leak a build (issue 13) are refused in every format, before any decoder or
 * renderer sees them, with a Dutch message at the Markdown line and exit 2. Run as a separate process, so whatever a
 * library prints straight to stderr (the XML parser's "[Fatal Error]", Batik's "Original message") would show.
 */
class ImageGateCliTest {

    /** File name → SVG or PNG content → the start of the Dutch message that must name it. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("groot.png", "'../afbeeldingen/groot.png' is 40.000 bij 40.000 pixels; opmaat neemt afbeeldingen tot 50 megapixel op");
        EXPECTED.put("doctype.svg", "de SVG-afbeelding '../afbeeldingen/doctype.svg' bevat een DOCTYPE");
        EXPECTED.put("extern.svg", "de SVG-afbeelding '../afbeeldingen/extern.svg' verwijst naar https://voorbeeld.invalid/kaart.png");
        EXPECTED.put("bestand.svg", "de SVG-afbeelding '../afbeeldingen/bestand.svg' verwijst naar file:///etc/passwd");
        EXPECTED.put("script.svg", "de SVG-afbeelding '../afbeeldingen/script.svg' bevat een script");
        EXPECTED.put("import.svg", "de SVG-afbeelding '../afbeeldingen/import.svg' haalt opmaak van buiten met @import");
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html"})
    void refusesBombsAndUnsafeSvgInEveryFormat(String format) throws Exception {
        Path plan = CliProcess.copyPlan("voorbeeld", dir.resolve("plan"));
        Map<String, Integer> lines = writeImages(plan);

        CliProcess run = CliProcess.opmaat(dir, Map.of(), "build", "plan", "--format", format, "--out", "out");

        String err = run.err();
        assertEquals(2, run.exitCode(), err);
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            String at = "plan/hoofdstukken/01-inleiding.md:" + lines.get(e.getKey()) + ":1: fout [invoer] ";
            assertTrue(err.contains(at) && err.contains(e.getValue()), e.getKey() + " at " + at + ":\n" + err);
        }
        for (String foreign : List.of("[Fatal Error]", "Exception", "Original message", "fout in opmaat", "disallowed",
                "at org.", "at java.")) {
            assertFalse(err.contains(foreign), "no library text or stack trace on stderr: " + foreign + "\n" + err);
        }
        assertFalse(Files.exists(dir.resolve("out")) && Files.list(dir.resolve("out")).findAny().isPresent(),
                "no document without its figures");
    }

    /** Appends one figure per bad image to the first chapter; returns the Markdown line of each. */
    private static Map<String, Integer> writeImages(Path plan) throws IOException {
        Path images = Files.createDirectories(plan.resolve("afbeeldingen"));
        Files.write(images.resolve("groot.png"), TinyPng.declaring(40_000, 40_000));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "width=\"100\" height=\"50\">\n";
        Files.writeString(images.resolve("doctype.svg"), "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n" + svg + "<text>&x;</text></svg>\n");
        Files.writeString(images.resolve("extern.svg"), svg
                + "<image href=\"https://voorbeeld.invalid/kaart.png\" width=\"10\" height=\"10\"/></svg>\n");
        Files.writeString(images.resolve("bestand.svg"), svg
                + "<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>\n");
        Files.writeString(images.resolve("script.svg"), svg + "<script>alert(1)</script></svg>\n");
        Files.writeString(images.resolve("import.svg"), svg
                + "<style>@import \"https://voorbeeld.invalid/x.css\";</style><rect width=\"5\" height=\"5\"/></svg>\n");
        Path chapter = plan.resolve("hoofdstukken/01-inleiding.md");
        int line = Files.readAllLines(chapter).size();
        Map<String, Integer> lines = new LinkedHashMap<>();
        StringBuilder figures = new StringBuilder();
        for (String name : EXPECTED.keySet()) {
            figures.append("\n![Een figuur bij de inleiding](../afbeeldingen/").append(name).append(")\n");
            line += 2;
            lines.put(name, line);
        }
        Files.writeString(chapter, figures, StandardOpenOption.APPEND);
        return lines;
    }
}
