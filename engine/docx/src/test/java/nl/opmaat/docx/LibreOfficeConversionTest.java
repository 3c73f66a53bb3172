package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second reader: LibreOffice ({@link LibreOffice}) opens the DOCX and exports it as text and as PDF. The text shows that it applied the heading and list numbering (with
 * a space, not glued to the heading) and read the pre-filled table of contents.
 */
@Tag("libreoffice")
class LibreOfficeConversionTest {

    @TempDir
    static Path dir;
    private static List<String> lines;
    private static byte[] pdf;

    @BeforeAll
    static void convert() throws Exception {
        Path docx = dir.resolve("plan.docx");
        Files.write(docx, new DocxPlanWriter().write(SampleDocuments.full(), new DefaultTheme()));
        LibreOffice.convert(docx, "txt:Text (encoded):UTF8");
        LibreOffice.convert(docx, "pdf");
        lines = Files.readAllLines(dir.resolve("plan.txt"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("\uFEFF", "").strip()).toList();
        pdf = Files.readAllBytes(dir.resolve("plan.pdf"));
    }

    @Test
    void numbersHeadingsWithASpaceBeforeTheText() {
        for (String heading : List.of("1 Inleiding", "1.1 Basisondersteuning", "1.1.1 Arrangementen", "2 Toelaatbaarheid",
                "2.1 De aanvraag", "Bijlage 1 Begrippenlijst", "B1.1 Afkortingen")) {
            assertEquals(2, lines.stream().filter(heading::equals).count(), heading + " in the TOC and as heading: " + lines);
        }
        assertTrue(lines.contains("Verantwoording"));
    }

    @Test
    void numbersListsAndRestartsEachNumberedList() {
        assertTrue(lines.contains("• Een intern begeleider op elke school."), lines::toString);
        assertTrue(lines.contains("a. Eerste stap."), lines::toString);
        assertTrue(lines.contains("1. Aanmelden."), lines::toString);
        assertTrue(lines.contains("2. Bespreken."), lines::toString);
    }

    @Test
    void exportsAPdfOfSeveralPages() {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        // Cover, TOC, chapter 1, chapter 2 with the long table over two pages, the appendix and the unnumbered chapter.
        assertTrue(count >= 6, "pages: " + count);
    }
}
