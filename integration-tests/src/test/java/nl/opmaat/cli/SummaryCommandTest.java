package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code opmaat summary} on the shipped Emmen plan (with its own parent text) in all three formats, each
 * written once for the class and read back with the real libraries: PDFBox and veraPDF, docx4j, an XML parser.
 */
class SummaryCommandTest {

    private static final String EMMEN = CliRun.plan("po-22-02-emmen");
    private static final Messages SUMMARY = Messages.forPackageOf(ParentSummaryBuilder.class);

    @TempDir
    static Path out;
    @TempDir
    Path temp;

    private static CliRun pdfRun;
    private static byte[] pdf;
    private static byte[] docx;
    private static String html;

    @BeforeAll
    static void writeTheEmmenSummaryOnce() throws IOException {
        pdfRun = CliRun.of("summary", EMMEN, "--format", "pdf", "--out", out.toString());
        pdf = Files.readAllBytes(out.resolve("samenvatting-ouders.pdf"));
        CliRun docxRun = CliRun.of("summary", EMMEN, "--format", "docx", "--out", out.toString());
        assertEquals(0, docxRun.exitCode(), docxRun.err());
        docx = Files.readAllBytes(out.resolve("samenvatting-ouders.docx"));
        CliRun htmlRun = CliRun.of("summary", EMMEN, "--format", "html", "--out", out.toString());
        assertEquals(0, htmlRun.exitCode(), htmlRun.err());
        html = Files.readString(out.resolve("samenvatting-ouders.html"), StandardCharsets.UTF_8);
    }

    @Test
    void writesATwoToFourPagePdfWithTheSummaryText() throws IOException {
        assertEquals(0, pdfRun.exitCode(), pdfRun.err());
        assertTrue(pdfRun.out().contains(out.resolve("samenvatting-ouders.pdf").toString()), pdfRun.out());
        assertTrue(pdfRun.out().contains("waarvan 0 zonder uitleg"), pdfRun.out());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 4, "pages: " + pages);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of(SUMMARY.format("meta.title"), SUMMARY.format("step2.opp"),
                    SUMMARY.format("tlv.term", 4), SUMMARY.format("step3.tlv"),
                    "Wie vraagt de TLV aan?", "De school hoort meestal binnen drie weken of de TLV er komt.")) {
                assertTrue(text.contains(expected), expected);
            }
            assertEquals("nl-NL", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().startsWith(SUMMARY.format("meta.title")));
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        }
    }

    @Test
    void thePdfIsPdfUaAndPdfA() throws Exception {
        assertEquals(List.of(), nl.opmaat.pdf.VeraPdf.failures(pdf, "ua1"));
        assertEquals(List.of(), nl.opmaat.pdf.VeraPdf.failures(pdf, "3a"));
    }

    @Test
    void writesAnEditableDocxWithTheSameText() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        String text = TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement()).replaceAll("\\s+", " ");
        assertTrue(text.contains(SUMMARY.format("intro.heading")), text);
        assertTrue(text.contains(SUMMARY.format("support.name", "Ouder- en Jeugdsteunpunt SWV 22-02 PO")), text);
        assertTrue(text.contains("Samen met de school"), "the SWV's own parent text is in the DOCX");
        String xml = pkg.getMainDocumentPart().getXML();
        assertTrue(xml.contains("w:val=\"Heading2\""), "sections use the theme's Heading 2 style");
        assertEquals(SUMMARY.format("meta.title"), pkg.getDocPropsCorePart().getJaxbElement().getTitle().getValue().getContent().get(0));
    }

    @Test
    void writesWellFormedDutchXhtml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("nl-NL", dom.getDocumentElement().getAttribute("lang"));
        assertTrue(html.contains(SUMMARY.format("objection.heading")));
        assertTrue(html.contains("class=\"unnumbered level-2\""), "sections are level 2: no page break per section");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path again = temp.resolve("again");
        assertEquals(0, CliRun.of("summary", EMMEN, "--format", "pdf", "--out", again.toString()).exitCode());
        assertArrayEquals(pdf, Files.readAllBytes(again.resolve("samenvatting-ouders.pdf")));
        assertEquals(0, CliRun.of("summary", EMMEN, "--format", "docx", "--out", again.toString()).exitCode());
        assertArrayEquals(docx, Files.readAllBytes(again.resolve("samenvatting-ouders.docx")));
    }

    @Test
    void anUnusableParentTextStopsWithItsPositionAndExit2() throws IOException {
        Path plan = temp.resolve("plan");
        Files.createDirectories(plan.resolve("ouders"));
        Files.writeString(plan.resolve("plan.yaml"), "swv: { naam: SWV Proef, sector: po, gemeenten: [Almere] }\nperiode: {}\n");
        Files.writeString(plan.resolve("ouders/01-tabel.md"), "# Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        CliRun run = CliRun.of("summary", plan.toString(), "--format", "html", "--out", temp.resolve("uit").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("ouders/01-tabel.md:3:1: fout [invoer]"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(temp.resolve("uit")), "nothing is written");
    }

    @Test
    void checkWithReadabilityAddsB1FindingsForChaptersButNoneForAGoodSummary() throws IOException {
        CliRun run = CliRun.of("check", CliRun.plan("voorbeeld"), "--leesbaarheid", "--format", "json");
        assertEquals(0, run.exitCode(), "b1 findings are warnings: " + run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<JsonNode> b1 = StreamSupport.stream(report.path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().startsWith("b1.")).toList();
        assertTrue(b1.size() > 20, "the full chapters are not B1: " + b1.size());
        assertTrue(b1.stream().allMatch(f -> f.path("file").asText().contains("/hoofdstukken/")),
                "the summary itself passes every b1 rule");
        assertTrue(b1.stream().allMatch(f -> f.path("line").asInt() > 0 && f.path("column").asInt() > 0));
        CliRun strict = CliRun.of("check", CliRun.plan("voorbeeld"), "--leesbaarheid", "--fail-on", "waarschuwing");
        assertEquals(1, strict.exitCode());
        CliRun without = CliRun.of("check", CliRun.plan("voorbeeld"), "--format", "json");
        assertFalse(without.out().contains("\"b1."), "b1 rules run only when asked");
    }

    @Test
    void aBadB1ThresholdIsAUsageError() {
        CliRun run = CliRun.of("check", CliRun.plan("voorbeeld"), "--leesbaarheid", "--b1-drempel", "b1.zinslengte.max=lang");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("b1.zinslengte.max moet een getal zijn"), run.err());
        CliRun lenient = CliRun.of("check", CliRun.plan("voorbeeld"), "--leesbaarheid", "--b1-drempel", "b1.zinslengte.max=100",
                "--b1-drempel", "b1.zinslengte.gemiddeld=100");
        assertFalse(lenient.out().contains("[b1.zinslengte]"), "no sentence-length findings with lenient limits");
    }
}
