package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code opmaat build} on the shipped plans and on copies with bad images. */
class BuildCommandTest {

    private static final String VOORBEELD = CliRun.plan("voorbeeld");
    private static final String EMMEN = CliRun.plan("po-22-02-emmen");

    @TempDir
    Path temp;

    @Test
    void buildsTheFinalVoorbeeldPlanAsAPdf() throws IOException {
        CliRun run = CliRun.of("build", VOORBEELD, "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path pdf = temp.resolve("ondersteuningsplan.pdf");
        assertTrue(run.out().contains("Geschreven: " + pdf), run.out());
        assertFalse(run.out().contains("concept"), "a plan without errors is no concept");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 5);
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(doc).contains("Voorbeeldregio"));
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(pdf), files.toList(), "no temporary files are left behind");
        }
    }

    @Test
    void buildsADraftAsHtmlWithTheFindingsAppendix() throws IOException {
        CliRun run = CliRun.of("build", EMMEN, "--format", "html", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(temp.resolve("ondersteuningsplan.html"));
        assertTrue(html.contains("lang=\"nl-NL\""));
        assertTrue(html.contains("Bevindingen van de controle"));
        assertTrue(html.contains("Borger-Odoorn"), "the open OOGO finding is listed");
        assertTrue(run.out().contains("concept"), run.out());
    }

    @Test
    void strictRefusesADraftAndWritesNothing() throws IOException {
        CliRun run = CliRun.of("build", EMMEN, "--strict", "--out", temp.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("met --strict maakt opmaat geen document"), run.err());
        assertTrue(run.err().contains("[procedure.oogo-gemeenten]"), "the findings are shown: " + run.err());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void strictBuildsAPlanWithoutErrors() {
        CliRun run = CliRun.of("build", VOORBEELD, "--strict", "--format", "html", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(temp.resolve("ondersteuningsplan.html")));
    }

    @Test
    void writesToTargetOpmaatPlanNameByDefault() throws IOException {
        Path expected = Path.of("target", "opmaat", "voorbeeld", "ondersteuningsplan.html");
        Files.deleteIfExists(expected);
        CliRun run = CliRun.of("build", VOORBEELD, "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(expected), run.out());
    }

    @Test
    void refusesRemoteImagesAndImagesOutsideThePlanWithDutchMessages() throws IOException {
        Path plan = copy(Path.of(VOORBEELD), temp.resolve("plan"));
        Path chapter = plan.resolve("hoofdstukken/01-inleiding.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(chapter));
        int line = lines.size() + 2;
        lines.add("");
        lines.add("![Logo van de regio](https://example.org/logo.png)");
        lines.add("");
        lines.add("![Kaart](../../kaart.png)");
        Files.write(chapter, lines, StandardCharsets.UTF_8);
        Path out = temp.resolve("uit");
        CliRun run = CliRun.of("build", plan.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("hoofdstukken/01-inleiding.md:" + line + ":1"), run.err());
        assertTrue(run.err().contains("staat op internet"), run.err());
        assertTrue(run.err().contains("buiten de planmap"), run.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aMissingPlanIsUnusable() {
        CliRun run = CliRun.of("build", temp.resolve("bestaat-niet").toString(), "--out", temp.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().isBlank());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
