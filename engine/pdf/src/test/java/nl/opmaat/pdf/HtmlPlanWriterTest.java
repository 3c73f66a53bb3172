package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XHTML on its own: well-formed, and each element the PDF engine and a browser rely on. */
class HtmlPlanWriterTest {

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final XPath XPATH = XPathFactory.newDefaultInstance().newXPath();

    private static String text(Document doc, String path) throws Exception {
        return XPATH.evaluate(path, doc).replaceAll("\\s+", " ").strip();
    }

    private static List<String> all(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(path, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    private final String xhtml = new HtmlPlanWriter(new DefaultTheme()).write(SyntheticDocuments.everything(false));

    @Test
    void declaresDutchAndATitle() throws Exception {
        Document doc = parse(xhtml);
        assertEquals("nl-NL", text(doc, "/html/@lang"));
        assertEquals("nl-NL", doc.getDocumentElement().getAttribute("xml:lang"));
        assertEquals("Ondersteuningsplan 2026–2030 – SWV Proefregio", text(doc, "/html/head/title"));
        assertEquals("SWV Proefregio", text(doc, "//div[@class='running-header']"));
    }

    @Test
    void numbersHeadingsWithoutSkippingALevel() throws Exception {
        Document doc = parse(xhtml);
        assertEquals(List.of("1 Inleiding", "2 Afspraken", "Bijlage 1 Afkortingen"), all(doc, "//body//h1[@id]"));
        assertEquals(List.of("1.1 Aanleiding", "2.1 Diep genest", "B1.1 Lijst"), all(doc, "//body//h2[@id]"));
        assertEquals("diep-genest", text(doc, "//h2[span='2.1']/@id"), "a level-3 heading under a level-1 is tagged h2");
    }

    @Test
    void tableOfContentsLinksToHeadingsForPageNumbers() throws Exception {
        Document doc = parse(xhtml);
        assertEquals(List.of("#inleiding", "#aanleiding", "#afspraken", "#diep-genest", "#afkortingen", "#lijst"),
                all(doc, "//ul[@class='toc-list']/li/a/@href"));
        assertTrue(xhtml.contains("target-counter(attr(data-target), page)"), "page numbers come from the link targets");
        assertEquals(all(doc, "//ul[@class='toc-list']/li/a/@href"),
                all(doc, "//ul[@class='toc-list']/li/a/span[@class='toc-page']/@data-target"));
        assertEquals("Inhoudsopgave", text(doc, "//div[@class='toc']/h2"));
    }

    @Test
    void bookmarksNestByLevel() throws Exception {
        Document doc = parse(xhtml);
        assertEquals(List.of("1 Inleiding", "2 Afspraken", "Bijlage 1 Afkortingen"), all(doc, "/html/head/bookmarks/bookmark/@name"));
        assertEquals(List.of("1.1 Aanleiding"), all(doc, "/html/head/bookmarks/bookmark[@href='#inleiding']/bookmark/@name"));
        assertEquals(List.of("B1.1 Lijst"), all(doc, "/html/head/bookmarks/bookmark[@href='#afkortingen']/bookmark/@name"));
    }

    @Test
    void tablesRepeatTheirHeaderAndKeepAlignment() throws Exception {
        Document doc = parse(xhtml);
        // A short table keeps its header rows in one unbreakable row group with the first two body rows.
        assertEquals(List.of("School", "Leerlingen2"),
                all(doc, "//table[caption='Leerlingen per school']/tbody[@class='table-start']/tr[1]/th"));
        assertEquals("align-right nowrap", text(doc, "//table/tbody/tr[2]/td[2]/@class"));
        assertTrue(xhtml.contains("-fs-table-paginate: paginate"), "openhtmltopdf repeats thead only when paginated");
    }

    @Test
    void footnotesFloatFromRunningTextAndFromJustAfterATable() throws Exception {
        Document doc = parse(xhtml);
        assertEquals("Een voetnoot.", text(doc, "//h1[@id='inleiding']/following-sibling::p[1]/span[@class='footnote' and @id='fn-1']"));
        assertEquals("1", text(doc, "//span[@id='fn-1']/@data-n"));
        // A first reference in a table (whose header repeats) is a plain mark; the text floats from just after the table.
        assertEquals("#fn-2", text(doc, "//table/tbody//th//a[@class='note-ref']/@href"));
        assertEquals("Geteld op 1\u00A0oktober.", text(doc, "//table/following-sibling::div[@class='note-holder'][1]/span[@class='footnote deferred']"));
        assertEquals(1, all(doc, "//span[@id='fn-2']").size());
    }

    @Test
    void figuresAreEmbeddedWithAltText() throws Exception {
        Document doc = parse(xhtml);
        assertEquals(List.of("Kaart van de regio met vier gemeenten", "Blauw vlak"), all(doc, "//div[@class='figure']/img/@alt"));
        assertTrue(text(doc, "//div[@class='figure'][1]/img/@src").startsWith("data:image/png;base64,"));
        assertTrue(text(doc, "//div[@class='figure'][2]/img/@src").startsWith("data:image/svg+xml;base64,"));
    }

    @Test
    void escapesTextAndUsesTheThemeWords() throws Exception {
        var theme = TestThemes.with("", null, null, Map.of(DocumentTerm.INHOUDSOPGAVE, "Inhoud", DocumentTerm.PAGINA, "blz."));
        String themed = new HtmlPlanWriter(theme).write(SyntheticDocuments.everything(false));
        Document doc = parse(themed);
        assertEquals("Inhoud", text(doc, "//div[@class='toc']/h2"));
        assertTrue(themed.contains("content: \"blz. \" counter(page)"), "page numbers use the theme word");
        // Soft hyphens are typesetting (Dutch hyphenation), not text.
        assertTrue(nl.opmaat.core.document.Hyphenation.withoutSoftHyphens(
                text(doc, "//h1[@id='inleiding']/following-sibling::p[1]")).startsWith("Scholen & ouders <samen>."));
    }

    @Test
    void themeCssComesLastSoItCanOverrideTheBase() {
        var theme = TestThemes.css("h1 { color: #123456; }");
        String themed = new HtmlPlanWriter(theme).write(SyntheticDocuments.everything(false));
        assertTrue(themed.lastIndexOf("#123456") > themed.indexOf("page-break-before: always"));
    }

    @Test
    void coverShowsStatusAndConceptForADraft() throws Exception {
        Document draft = parse(new HtmlPlanWriter(new DefaultTheme()).write(SyntheticDocuments.everything(true)));
        // Never "Concept" beside an adoption date, even when the meta gives one.
        assertEquals("Concept \u2013 nog niet vastgesteld", text(draft, "//p[@class='cover-status draft-status']"));
        assertEquals("draft", text(draft, "/html/body/@class"));
        Element cover = (Element) XPATH.evaluate("//div[@class='cover']", draft, XPathConstants.NODE);
        assertTrue(cover.getTextContent().contains("SWV Proefregio"));
    }
}
