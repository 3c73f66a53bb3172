package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opmaat build} end to end, in-process, on the example plan and on copies with bad images: docx, pdf, html. The
 * builds of plans served by a real plugin jar are in integration-tests ({@code BuildWithPluginsTest}).
 */
class BuildCommandTest {

    private static final Path PLAN = Path.of(CliRun.plan("po-22-02-emmen"));

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void refusesAnUnusablePlanWithItsProblemsAndExit2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), "swv: [niet, goed\n");
        Run run = run("build", dir.toString(), "--format", "docx", "--out", dir.resolve("uit").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("plan.yaml:"), run.err());
        assertTrue(run.err().contains("fout [invoer]"), run.err());
        assertFalse(Files.exists(dir.resolve("uit")));
    }

    @Test
    void rejectsAnUnknownFormat() {
        Run run = run("build", PLAN.toString(), "--format", "odt");
        assertEquals(2, run.exit());
    }

    // PDF and HTML, --strict, default output directory, refused images.

    private static final String VOORBEELD = CliRun.plan("voorbeeld");
    private static final String EMMEN = CliRun.plan("po-22-02-emmen");

    @TempDir
    Path temp;

    @Test
    void buildsTheFinalVoorbeeldPlanAsPdfAndDocxWithoutAFormat() throws Exception {
        CliRun run = CliRun.of("build", VOORBEELD, "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path pdf = temp.resolve("ondersteuningsplan.pdf");
        Path docx = temp.resolve("ondersteuningsplan.docx");
        assertTrue(run.out().startsWith("Geschreven: " + pdf + "\nGeschreven: " + docx + "\n"), run.out());
        assertFalse(run.out().contains("concept"), "a plan without errors is no concept");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 5);
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(doc).contains("Voorbeeldregio"));
        }
        assertTrue(WordprocessingMLPackage.load(docx.toFile()).getMainDocumentPart().getContent().size() > 10);
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(docx, pdf), files.sorted().toList(), "no temporary files are left behind");
        }
    }

    @Test
    void aFormatNamedTwiceIsWrittenOnce() {
        CliRun run = CliRun.of("build", VOORBEELD, "--format", "html,html", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("Geschreven: ")).count(), run.out());
    }

    @Test
    void rejectsAnUnknownFormatInAList() {
        CliRun run = CliRun.of("build", VOORBEELD, "--format", "pdf,odt", "--out", temp.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("odt"), run.err());
        assertFalse(Files.exists(temp.resolve("ondersteuningsplan.pdf")), "nothing is written");
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
