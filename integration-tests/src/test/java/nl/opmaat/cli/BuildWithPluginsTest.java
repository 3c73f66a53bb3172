package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opmaat build} end to end, in-process, on shipped plans served by a real SWV plugin jar: the house style, drafts
 * and {@code --strict}, and the same bytes from separate processes and from side-by-side formats.
 */
class BuildWithPluginsTest {

    private static final Path PLAN = Path.of(CliRun.plan("po-22-02-emmen"));
    private static final String EMMEN = CliRun.plan("po-22-02-emmen");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @TempDir
    Path temp;

    @Test
    void writesTheDocxIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
        Run run = run("build", PLAN.toString(), "--format", "docx", "--out", dir.toString());
        assertEquals(0, run.exit(), run.err());
        Path docx = dir.resolve("ondersteuningsplan.docx");
        assertTrue(run.out().startsWith("Geschreven: " + docx + "\n"), run.out());
        byte[] bytes = Files.readAllBytes(docx);
        var pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        String swv = pkg.getDocPropsCorePart().getJaxbElement().getCreator().getContent().get(0);
        assertEquals("Stichting Samenwerkingsverband Passend Onderwijs Emmen en Borger-Odoorn", swv);
        assertFalse(pkg.getMainDocumentPart().getContent().isEmpty());

        Run again = run("build", PLAN.toString(), "--format", "docx", "--out", dir.toString());
        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(bytes, Files.readAllBytes(docx), "a second build gives the same bytes");
    }

    /** JAXB orders namespace declarations differently from one JVM to the next: only separate processes show that. */
    @Test
    void twoSeparateProcessesWriteTheSameBytes(@TempDir Path dir) throws Exception {
        byte[][] outputs = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("run" + i);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "build", CliRun.plan("de-eem"), "--format", "docx", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log" + i).toFile()).start();
            assertEquals(0, p.waitFor(), Files.readString(dir.resolve("log" + i)));
            outputs[i] = Files.readAllBytes(out.resolve("ondersteuningsplan.docx"));
        }
        assertArrayEquals(outputs[0], outputs[1]);
    }

    /** PDF and DOCX rendered side by side in one process: two processes still give the same bytes of both. */
    @Test
    void twoSeparateProcessesWriteTheSamePdfAndDocxTogether(@TempDir Path dir) throws Exception {
        byte[][][] outputs = new byte[2][][];
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("run" + i);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "build", CliRun.plan("de-eem"), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log" + i).toFile()).start();
            assertEquals(0, p.waitFor(), Files.readString(dir.resolve("log" + i)));
            outputs[i] = new byte[][] {Files.readAllBytes(out.resolve("ondersteuningsplan.pdf")),
                    Files.readAllBytes(out.resolve("ondersteuningsplan.docx"))};
        }
        assertArrayEquals(outputs[0][0], outputs[1][0], "pdf");
        assertArrayEquals(outputs[0][1], outputs[1][1], "docx");
    }

    @Test
    void usesTheHouseStyleOfThePluginThatServesThePlan(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("build", CliRun.plan("de-eem"), "--format", "docx", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        var pkg = WordprocessingMLPackage.load(dir.resolve("ondersteuningsplan.docx").toFile());
        String styles = org.docx4j.XmlUtils.marshaltoString(pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement());
        assertTrue(styles.contains("w:ascii=\"DejaVu Serif\""), "the plugin's font");
        assertFalse(styles.contains("DejaVu Sans"), "no default-theme font left");
        assertTrue(styles.contains("w:val=\"0B5E55\""), "the plugin's primary colour");
        String body = org.docx4j.XmlUtils.marshaltoString(pkg.getMainDocumentPart().getJaxbElement());
        assertTrue(body.contains("descr=\"Logo van SWV De Eem: drie golvende lijnen in groenblauw, als een rivier.\""), "logo with alt text");
        assertTrue(body.contains("svgBlip"), "the SVG logo, with its PNG rendering beside it");
        assertTrue(body.contains(">Woorden en afkortingen<"), "the plugin's word for the glossary and its terms");
    }

    /** Rendering side by side must not change a byte: each format equals what a build of that format alone writes. */
    @Test
    void aBuildOfAllFormatsWritesWhatEachSingleFormatBuildWrites() throws IOException {
        Path all = temp.resolve("alle");
        CliRun run = CliRun.of("build", EMMEN, "--format", "html,docx,pdf", "--out", all.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> written = run.out().lines().filter(l -> l.startsWith("Geschreven: ")).toList();
        assertEquals(List.of("Geschreven: " + all.resolve("ondersteuningsplan.html"), "Geschreven: " + all.resolve("ondersteuningsplan.docx"),
                "Geschreven: " + all.resolve("ondersteuningsplan.pdf")), written, "in the order asked for");
        for (String format : List.of("pdf", "docx", "html")) {
            Path single = temp.resolve(format);
            CliRun one = CliRun.of("build", EMMEN, "--format", format, "--out", single.toString());
            assertEquals(0, one.exitCode(), one.err());
            String name = "ondersteuningsplan." + format;
            assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(all.resolve(name)), name);
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
}
