package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.theme.DefaultTheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX lets Word and LibreOffice hyphenate in Dutch: automatic hyphenation on, the document language nl-NL, and
 * headings, captions, table text and contents excluded. LibreOffice's PDF of the voorbeeld shows the result.
 */
class DocxHyphenationTest {

    private static final List<String> NEVER_HYPHENATED = List.of("Title", "Subtitle", "CoverText", "Heading1", "Heading2",
            "Heading3", "Heading4", "Caption", "TableText", "TOC1", "TOC2", "TOC3", "Header", "Footer");

    @TempDir
    Path dir;

    @Test
    void settingsTurnOnDutchHyphenationForRunningTextOnly() throws Exception {
        Document document = PlanSourcesDocxTest.document(PlanSourcesDocxTest.PLAN_SOURCES.resolve("voorbeeld"));
        DocxInspector docx = new DocxInspector(new DocxPlanWriter().write(document, new DefaultTheme()));
        assertEquals(1.0, docx.number("/word/settings.xml", "count(/w:settings/w:autoHyphenation)"));
        assertEquals("nl-NL", docx.string("/word/styles.xml", "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
        for (String style : NEVER_HYPHENATED) {
            assertEquals(1.0, docx.number("/word/styles.xml",
                    "count(/w:styles/w:style[@w:styleId='" + style + "']/w:pPr/w:suppressAutoHyphens)"), style);
        }
        assertEquals(0.0, docx.number("/word/styles.xml",
                "count(/w:styles/w:style[@w:styleId='Normal']/w:pPr/w:suppressAutoHyphens)"), "Normal");
    }

    @Test
    void libreOfficeHyphenatesTheRunningTextInDutch() throws Exception {
        Document document = PlanSourcesDocxTest.document(PlanSourcesDocxTest.PLAN_SOURCES.resolve("voorbeeld"));
        Path docx = dir.resolve("plan.docx");
        Files.write(docx, new DocxPlanWriter().write(document, new DefaultTheme()));
        LibreOffice.convert(docx, "txt:Text (encoded):UTF8");
        Set<String> words = new HashSet<>();
        Matcher w = Pattern.compile("\\p{L}+").matcher(Files.readString(dir.resolve("plan.txt")));
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        LibreOffice.convert(docx, "pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("plan.pdf")))) {
            text = new PDFTextStripper().getText(pdf);
        }
        String[] lines = text.split("\\R");
        int hyphenated = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            Matcher end = Pattern.compile("(\\p{L}+)[-\u00AD\u2010]$").matcher(lines[i].strip());
            Matcher start = Pattern.compile("^(\\p{Ll}+)").matcher(lines[i + 1].strip());
            if (end.find() && start.find() && words.contains((end.group(1) + start.group(1)).toLowerCase(Locale.ROOT))) {
                hyphenated++;
            }
        }
        assertTrue(hyphenated >= 20, "only " + hyphenated + " lines of LibreOffice's PDF end inside a word");
    }
}
