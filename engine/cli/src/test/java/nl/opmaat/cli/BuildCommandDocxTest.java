package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opmaat build --format docx} end to end, in-process, on a shipped plan-source. */
class BuildCommandDocxTest {

    private static final Path PLAN = Path.of("../../plan-sources/po-22-02-emmen");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

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
}
