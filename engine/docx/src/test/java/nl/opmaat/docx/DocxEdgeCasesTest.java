package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Footnote;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/** Unusual but legal trees still give a sound DOCX. */
class DocxEdgeCasesTest {

    private static DocxInspector write(List<Block> blocks, List<Footnote> footnotes) throws Exception {
        return new DocxInspector(new DocxPlanWriter().write(
                new Document(SampleDocuments.meta(false), blocks, footnotes), new DefaultTheme()));
    }

    @Test
    void coverOnly() throws Exception {
        DocxInspector docx = write(List.of(), List.of());
        assertEquals(List.of(), DocxStructure.problems(docx));
        assertEquals(0.0, docx.number("/word/document.xml", "count(//w:pageBreakBefore)"));
    }

    @Test
    void endsWithAParagraphAfterAFinalTableAndSeparatesAdjacentTables() throws Exception {
        Block.Table table = new Block.Table("", List.of(), List.of(List.of(SampleDocuments.text("a"))), List.of("left"));
        DocxInspector docx = write(List.of(table, table), List.of());
        assertEquals(List.of(), DocxStructure.problems(docx));
        assertEquals(List.of("p", "tbl", "p", "tbl", "p", "sectPr"), docx.nodes("/word/document.xml", "/w:document/w:body/*")
                .stream().skip(4).map(n -> n.getLocalName()).toList());
        // The first table does not land on the cover: the paragraph before it starts the new page.
        assertEquals(1.0, docx.number("/word/document.xml", "count(/w:document/w:body/w:p[5]/w:pPr/w:pageBreakBefore)"));
    }

    @Test
    void tocWithoutHeadingsAndAFootnoteThatStartsWithAList() throws Exception {
        Block.ListBlock list = new Block.ListBlock(true, List.of(List.of(SampleDocuments.para(new Inline.Text("eerste")))));
        DocxInspector docx = write(List.of(new Block.TableOfContents(), SampleDocuments.para(new Inline.Text("Tekst"),
                new Inline.FootnoteRef(1))), List.of(new Footnote(1, List.of(list))));
        assertEquals(List.of(), DocxStructure.problems(docx));
        assertEquals(1.0, docx.number("/word/footnotes.xml", "count(//w:footnote[@w:id='1']//w:footnoteRef)"));
        assertEquals("eerste", docx.string("/word/footnotes.xml", "//w:footnote[@w:id='1']/w:p[w:pPr/w:numPr]"));
    }

    @Test
    void linkToAHeadingThatIsNotThereKeepsItsWords() throws Exception {
        DocxInspector docx = write(List.of(SampleDocuments.para(new Inline.Link("#nergens", SampleDocuments.text("elders")))),
                List.of());
        assertEquals(List.of(), DocxStructure.problems(docx));
        assertEquals(0.0, docx.number("/word/document.xml", "count(//w:hyperlink)"));
        assertEquals(1.0, docx.number("/word/document.xml", "count(//w:r[w:t='elders'])"));
    }
}
