package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/**
 * Word and LibreOffice keep widows and orphans off a page and a heading with what follows it only when the styles ask:
 * widow control on the Normal style (every running-text style is based on it, none turns it off), keep-with-next on
 * headings and captions.
 */
class DocxPageBreakStylesTest {

    @Test
    void runningTextKeepsWidowControlAndHeadingsKeepWithTheNextParagraph() throws Exception {
        Document document = PlanSourcesDocxTest.document(PlanSourcesDocxTest.PLAN_SOURCES.resolve("voorbeeld"));
        DocxInspector docx = new DocxInspector(new DocxPlanWriter().write(document, new DefaultTheme()));
        assertEquals(1.0, docx.number("/word/styles.xml",
                "count(/w:styles/w:style[@w:styleId='Normal']/w:pPr/w:widowControl[not(@w:val='0' or @w:val='false')])"));
        assertEquals(0.0, docx.number("/word/styles.xml", "count(//w:widowControl[@w:val='0' or @w:val='false'])"));
        assertEquals(0.0, docx.number("/word/document.xml", "count(//w:widowControl[@w:val='0' or @w:val='false'])"));
        for (String style : List.of("ListBullet", "ListNumber", "ListContinue", "Quote")) {
            assertEquals("Normal", docx.string("/word/styles.xml",
                    "/w:styles/w:style[@w:styleId='" + style + "']/w:basedOn/@w:val"), style);
        }
        for (String style : List.of("Heading1", "Heading2", "Heading3", "Heading4", "Caption")) {
            assertEquals(1.0, docx.number("/word/styles.xml",
                    "count(/w:styles/w:style[@w:styleId='" + style + "']/w:pPr/w:keepNext)"), style);
        }
    }
}
