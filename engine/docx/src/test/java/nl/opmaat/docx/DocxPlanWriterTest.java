package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.theme.DefaultTheme;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Writes the sample document once with a distinctive theme and checks the reopened DOCX part by part. */
class DocxPlanWriterTest {

    private static final String DOC = "/word/document.xml";
    private static final TestTheme THEME = TestTheme.distinctive();
    private static byte[] bytes;
    private static DocxInspector docx;

    @BeforeAll
    static void write() throws Exception {
        bytes = new DocxPlanWriter().write(SampleDocuments.full(), THEME);
        docx = new DocxInspector(bytes);
    }

    @Test
    void isStructurallySound() throws Exception {
        assertEquals(List.of(), DocxStructure.problems(docx));
    }

    @Test
    void definesTheNamedStyles() {
        var styles = docx.pkg.getMainDocumentPart().getStyleDefinitionsPart();
        for (String id : List.of("Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListBullet",
                "ListNumber", "Caption", "PlanTable", "FootnoteText", "FootnoteReference", "TOCHeading", "TOC1", "TOC2",
                "TOC3", "Header", "Footer", "Hyperlink", "Strong", "Emphasis", "Quote")) {
            Style style = styles.getStyleById(id);
            assertNotNull(style, "style " + id);
        }
        assertEquals("heading 1", styles.getStyleById("Heading1").getName().getVal());
        assertEquals("table", styles.getStyleById("PlanTable").getType());
    }

    @Test
    void takesEveryFontAndColourFromTheTheme() throws Exception {
        Set<String> fonts = new HashSet<>(docx.strings("/word/styles.xml", "//w:rFonts/@*"));
        assertEquals(Set.of(THEME.bodyFont(), THEME.headingFont()), fonts);
        Set<String> colours = new HashSet<>(docx.strings("/word/styles.xml", "//w:color/@w:val | //w:shd/@w:fill | //@w:color"));
        colours.remove("auto");
        assertEquals(Set.of("123456", "ABCDEF", "202122"), colours);
        assertEquals(THEME.headingFont(), docx.string("/word/styles.xml", "//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:ascii"));
        assertEquals(THEME.bodyFont(), docx.string("/word/styles.xml", "//w:docDefaults//w:rFonts/@w:ascii"));
        assertEquals("123456", docx.string("/word/styles.xml", "//w:style[@w:styleId='Heading2']/w:rPr/w:color/@w:val"));
        assertEquals("ABCDEF", docx.string("/word/styles.xml",
                "//w:style[@w:styleId='PlanTable']/w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill"));
    }

    @Test
    void headingsUseHeadingStylesWithLinkedNumbering() throws Exception {
        assertEquals(List.of("Inleiding", "Basisondersteuning", "Toelaatbaarheid", "De aanvraag", "Begrippenlijst",
                        "Verantwoording"),
                docx.strings(DOC, "/w:document/w:body/w:p[w:pPr/w:pStyle[@w:val='Heading1' or @w:val='Heading2']]")
                        .stream().filter(s -> !s.equals("Afkortingen")).toList());
        assertEquals(List.of("Arrangementen"), docx.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading3']"));
        MainDocumentPart main = docx.pkg.getMainDocumentPart();
        assertNotNull(main.getNumberingDefinitionsPart(), "numbering part linked from the document");
        for (int level = 1; level <= 3; level++) {
            assertEquals("1", docx.string("/word/styles.xml",
                    "//w:style[@w:styleId='Heading" + level + "']/w:pPr/w:numPr/w:numId/@w:val"));
            assertEquals("Heading" + level, docx.string("/word/numbering.xml",
                    "//w:abstractNum[w:lvl/w:pStyle/@w:val='Heading1']/w:lvl[@w:ilvl='" + (level - 1) + "']/w:pStyle/@w:val"));
        }
        assertEquals(1.0, docx.number("/word/styles.xml", "count(//w:style[@w:styleId='Heading1']/w:pPr/w:pageBreakBefore)"));
        assertEquals("%1.%2", docx.string("/word/numbering.xml", "//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='1']/w:lvlText/@w:val"));
        assertEquals("space", docx.string("/word/numbering.xml", "//w:abstractNum[@w:abstractNumId='0']/w:lvl[@w:ilvl='0']/w:suff/@w:val"));
        // Appendix: its own numbering with the theme's word; an unnumbered heading switches numbering off.
        assertEquals("2", docx.string(DOC, "//w:p[.//w:t='Begrippenlijst' and w:pPr/w:pStyle/@w:val='Heading1']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("Annex %1", docx.string("/word/numbering.xml", "//w:abstractNum[@w:abstractNumId='1']/w:lvl[@w:ilvl='0']/w:lvlText/@w:val"));
        assertEquals("0", docx.string(DOC, "//w:p[.//w:t='Verantwoording' and w:pPr/w:pStyle/@w:val='Heading1']/w:pPr/w:numPr/w:numId/@w:val"));
    }

    @Test
    void bookmarksHeadingsAndLinksToThem() throws Exception {
        assertEquals("de_aanvraag", docx.string(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading2' and .//w:t='De aanvraag']/w:bookmarkStart/@w:name"));
        Node link = docx.nodes(DOC, "//w:body/w:p/w:hyperlink[.//w:t='de aanvraag']").get(0);
        assertEquals("de_aanvraag", docx.attr(link, "w", "anchor"));
        assertEquals("Hyperlink", docx.string(DOC, "//w:body/w:p/w:hyperlink[.//w:t='de aanvraag']/w:r/w:rPr/w:rStyle/@w:val"));
        String relId = docx.string(DOC, "//w:hyperlink[.//w:t='de website']/@r:id");
        var rel = docx.pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(relId);
        assertEquals("https://www.example.org/passend-onderwijs?a=1&b=2", rel.getTarget());
        assertEquals("External", rel.getTargetMode());
    }

    @Test
    void hasATocFieldThatWordUpdatesAndThatIsPrefilled() throws Exception {
        assertEquals("Table of Contents", docx.string(DOC, "//w:sdt/w:sdtPr/w:docPartObj/w:docPartGallery/@w:val"));
        assertTrue(docx.string(DOC, "//w:sdt//w:instrText").startsWith(" TOC \\o \"1-3\""));
        assertEquals("true", docx.string(DOC, "//w:sdt//w:fldChar[@w:fldCharType='begin']/@w:dirty"));
        assertEquals("true", docx.string("/word/settings.xml", "//w:updateFields/@w:val"));
        assertEquals("Inhoud", docx.string(DOC, "//w:sdt//w:p[w:pPr/w:pStyle/@w:val='TOCHeading']"));
        assertEquals(List.of("1 Inleiding", "2 Toelaatbaarheid", "Annex 1 Begrippenlijst", "Verantwoording"),
                docx.strings(DOC, "//w:sdt//w:p[w:pPr/w:pStyle/@w:val='TOC1']"));
        assertEquals(List.of("1.1 Basisondersteuning", "2.1 De aanvraag", "A1.1 Afkortingen"),
                docx.strings(DOC, "//w:sdt//w:p[w:pPr/w:pStyle/@w:val='TOC2']"));
        assertEquals(List.of("1.1.1 Arrangementen"), docx.strings(DOC, "//w:sdt//w:p[w:pPr/w:pStyle/@w:val='TOC3']"));
        assertEquals(List.of("inleiding", "basisondersteuning", "arrangementen", "toelaatbaarheid", "de_aanvraag",
                "begrippenlijst", "afkortingen", "verantwoording"), docx.strings(DOC, "//w:sdt//w:hyperlink/@w:anchor"));
    }

    @Test
    void writesRealFootnotes() throws Exception {
        assertEquals(List.of("-1", "0", "1", "2"), docx.strings("/word/footnotes.xml", "/w:footnotes/w:footnote/@w:id"));
        assertEquals("separator", docx.string("/word/footnotes.xml", "//w:footnote[@w:id='-1']/@w:type"));
        assertEquals(1.0, docx.number("/word/footnotes.xml", "count(//w:footnote[@w:id='-1']//w:separator)"));
        assertEquals(" Wet op het primair onderwijs, art. 18a.", docx.string("/word/footnotes.xml", "//w:footnote[@w:id='1']"));
        assertEquals("FootnoteText", docx.string("/word/footnotes.xml", "//w:footnote[@w:id='1']/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(1.0, docx.number("/word/footnotes.xml", "count(//w:footnote[@w:id='1']//w:footnoteRef)"));
        assertEquals(List.of("1", "2"), docx.strings(DOC, "//w:footnoteReference/@w:id"));
        assertEquals("FootnoteReference", docx.string(DOC, "//w:r[w:footnoteReference]/w:rPr/w:rStyle/@w:val"));
        // A link inside a footnote points into the footnotes part's own relationships.
        String relId = docx.string("/word/footnotes.xml", "//w:hyperlink/@r:id");
        assertEquals("https://www.example.org/wet",
                docx.part("/word/footnotes.xml").getRelationshipsPart().getRelationshipByID(relId).getTarget());
    }

    @Test
    void hasHeaderAndFooterWithSwvAndPageFields() throws Exception {
        assertTrue(docx.string("/word/header1.xml", "/w:hdr").contains(SampleDocuments.SWV));
        assertEquals(List.of(" PAGE ", " NUMPAGES "), docx.strings("/word/footer1.xml", "//w:instrText"));
        assertEquals("pagina 1 van 1", docx.string("/word/footer1.xml", "/w:ftr").strip());
        assertEquals(1.0, docx.number(DOC, "count(//w:sectPr/w:titlePg)"));
        assertEquals("", docx.string("/word/header2.xml", "/w:hdr"));
        String firstHeader = docx.string(DOC, "//w:sectPr/w:headerReference[@w:type='first']/@r:id");
        assertEquals("header2.xml", docx.pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(firstHeader).getTarget());
    }

    @Test
    void writesTablesWithRepeatingHeaderRowsAndCellText() throws Exception {
        String table = "(//w:body/w:tbl)[1]";
        assertEquals("PlanTable", docx.string(DOC, table + "/w:tblPr/w:tblStyle/@w:val"));
        assertEquals("Meerjarenbegroting (bedragen in euro)", docx.string(DOC, table + "/w:tblPr/w:tblCaption/@w:val"));
        assertEquals("Caption", docx.string(DOC, "//w:p[following-sibling::*[1][self::w:tbl]][1]/w:pPr/w:pStyle/@w:val"));
        assertEquals(List.of("Post", "2027", "2028"), docx.strings(DOC, table + "/w:tr[1]/w:tc"));
        assertEquals(1.0, docx.number(DOC, "count(" + table + "/w:tr[1]/w:trPr/w:tblHeader)"));
        assertEquals(0.0, docx.number(DOC, "count(" + table + "/w:tr[position() > 1]/w:trPr/w:tblHeader)"));
        assertEquals(41.0, docx.number(DOC, "count(" + table + "/w:tr)"));
        assertEquals(String.format("%,d", 40 * 1100), docx.string(DOC, table + "/w:tr[41]/w:tc[3]"));
        assertEquals("right", docx.string(DOC, table + "/w:tr[2]/w:tc[3]/w:p/w:pPr/w:jc/@w:val"));
        double grid = docx.number(DOC, "sum(" + table + "/w:tblGrid/w:gridCol/@w:w)");
        assertEquals(PageLayout.TEXT_WIDTH, grid);
        // A table without header rows has none marked, and the body never ends in a table.
        assertEquals(0.0, docx.number(DOC, "count((//w:body/w:tbl)[2]//w:tblHeader)"));
        assertEquals(List.of("TLV", "Toelaatbaarheidsverklaring"), docx.strings(DOC, "(//w:body/w:tbl)[2]/w:tr[1]/w:tc"));
    }

    @Test
    void givesImagesTheirAltText() throws Exception {
        List<String> descriptions = docx.strings(DOC, "//wp:docPr/@descr");
        assertEquals(List.of("Logo van het proefverband", "Kaart van de regio met twaalf gemeenten",
                "Schema van de route naar een TLV"), descriptions);
        List<String> ids = docx.strings(DOC, "//wp:docPr/@id");
        assertEquals(ids.size(), new HashSet<>(ids).size());
        String embed = docx.string(DOC, "(//pic:blipFill/a:blip/@r:embed)[2]");
        var image = docx.pkg.getMainDocumentPart().getRelationshipsPart().getPart(
                docx.pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(embed));
        assertEquals("image/png", image.getContentType());
        assertArrayEquals(SampleDocuments.png(), ((org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart) image).getBytes());
        String svgEmbed = docx.string(DOC, "//asvg:svgBlip/@r:embed");
        var svg = docx.pkg.getMainDocumentPart().getRelationshipsPart().getPart(
                docx.pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(svgEmbed));
        assertEquals("image/svg+xml", svg.getContentType());
        // Beside the SVG, a PNG rendering of it at twice its size (200 x 100 px) for readers without SVG support.
        String fallback = docx.string(DOC, "//pic:blipFill/a:blip[a:extLst]/@r:embed");
        var png = (org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart) docx.pkg.getMainDocumentPart()
                .getRelationshipsPart().getPart(docx.pkg.getMainDocumentPart().getRelationshipsPart().getRelationshipByID(fallback));
        assertEquals("image/png", png.getContentType());
        java.awt.image.BufferedImage rendered = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.getBytes()));
        assertEquals(400, rendered.getWidth());
        assertEquals(200, rendered.getHeight());
        assertEquals(0x1F3A5F, rendered.getRGB(200, 100) & 0xFFFFFF, "the SVG's rectangle, rendered");
        // 320 x 160 px at 96 dpi.
        assertEquals(List.of("3048000", "1524000"), List.of(
                docx.string(DOC, "(//wp:inline)[2]/wp:extent/@cx"), docx.string(DOC, "(//wp:inline)[2]/wp:extent/@cy")));
        assertEquals("Figuur 1. De regio", docx.string(DOC, "//w:p[preceding-sibling::w:p[1][w:pPr/w:pStyle/@w:val='Figure']][1]"));
    }

    @Test
    void writesListsWithListStylesAndRestartingNumbers() throws Exception {
        assertEquals(List.of("Een intern begeleider op elke school.", "Een ondersteuningsteam."),
                docx.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val='ListBullet']"));
        assertEquals(List.of("Eerste stap.", "Tweede stap.", "Aanmelden.", "Bespreken."),
                docx.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val='ListNumber']"));
        assertEquals("1", docx.string(DOC, "//w:p[.//w:t='Eerste stap.']/w:pPr/w:numPr/w:ilvl/@w:val"));
        String nested = docx.string(DOC, "//w:p[.//w:t='Eerste stap.']/w:pPr/w:numPr/w:numId/@w:val");
        String second = docx.string(DOC, "//w:p[.//w:t='Aanmelden.']/w:pPr/w:numPr/w:numId/@w:val");
        assertFalse(nested.equals(second), "each numbered list has its own num, so it restarts at 1");
        assertEquals("1", docx.string("/word/numbering.xml", "//w:num[@w:numId='" + second + "']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val"));
        assertEquals("360", docx.string(DOC, "//w:p[.//w:t='Met ouders erbij.']/w:pPr/w:ind/@w:left"));
        assertEquals("Quote", docx.string(DOC, "//w:p[.//w:t='Passend onderwijs voor elk kind.']/w:pPr/w:pStyle/@w:val"));
    }

    @Test
    void writesInlineMarkupWithCharacterStyles() throws Exception {
        assertEquals("Strong", docx.string(DOC, "//w:r[w:t='basisondersteuning']/w:rPr/w:rStyle/@w:val"));
        assertEquals("Emphasis", docx.string(DOC, "//w:r[w:t='dekkend netwerk']/w:rPr/w:rStyle/@w:val"));
        assertEquals("VerbatimChar", docx.string(DOC, "//w:r[w:t='tlv-2026']/w:rPr/w:rStyle/@w:val"));
        assertEquals(1.0, docx.number(DOC, "count(//w:p[.//w:t='Tweede regel.']//w:br)"));
    }

    @Test
    void coverPageShowsTitleSwvPeriodAndStatusThenBreaksPage() throws Exception {
        List<String> first = docx.strings(DOC, "/w:document/w:body/w:p[position() <= 5]");
        assertEquals(List.of("", SampleDocuments.meta(false).title(), SampleDocuments.SWV, "Planperiode 2026–2030",
                "Vastgesteld op 17\u00A0april\u00A02026"), first);
        assertEquals("Title", docx.string(DOC, "/w:document/w:body/w:p[2]/w:pPr/w:pStyle/@w:val"));
        assertEquals(1.0, docx.number(DOC, "count(//w:sdt//w:p[1]/w:pPr/w:pageBreakBefore)"));
    }

    @Test
    void isDutch() throws Exception {
        assertEquals("nl-NL", docx.string("/word/styles.xml", "//w:docDefaults//w:lang/@w:val"));
        assertEquals("nl-NL", docx.string("/word/styles.xml", "//w:style[@w:styleId='Normal']/w:rPr/w:lang/@w:val"));
        assertEquals("nl-NL", docx.string("/word/settings.xml", "//w:themeFontLang/@w:val"));
        CoreProperties core = docx.pkg.getDocPropsCorePart().getJaxbElement();
        assertEquals(List.of("nl-NL"), core.getLanguage().getContent());
    }

    @Test
    void carriesCoreAndCustomProperties() throws Exception {
        CoreProperties core = docx.pkg.getDocPropsCorePart().getJaxbElement();
        assertEquals(List.of(SampleDocuments.meta(false).title()), core.getTitle().getValue().getContent());
        assertEquals(List.of(SampleDocuments.SWV), core.getCreator().getContent());
        assertEquals(List.of(SampleDocuments.SWV), core.getSubject().getContent());
        assertEquals(List.of("2026-04-17T00:00:00Z"), core.getCreated().getContent());
        assertEquals(List.of("2026-04-17T00:00:00Z"), core.getModified().getContent());
        DocPropsCustomPart custom = docx.pkg.getDocPropsCustomPart();
        assertEquals("2026–2030", custom.getProperty("periode").getLpwstr());
        assertEquals("2026-04-17", custom.getProperty("vaststellingsdatum").getLpwstr());
        assertEquals("0.1.0-test", custom.getProperty("opmaat-versie").getLpwstr());
        assertEquals("opmaat", docx.pkg.getDocPropsExtendedPart().getJaxbElement().getApplication());
    }

    @Test
    void sameInputGivesTheSameBytesWithFixedEntryDates() {
        byte[] again = new DocxPlanWriter().write(SampleDocuments.full(), THEME);
        assertArrayEquals(bytes, again);
        assertEquals("[Content_Types].xml", docx.zipEntries.get(0).getName());
        for (ZipEntry entry : docx.zipEntries) {
            assertEquals(LocalDateTime.of(2026, 4, 17, 0, 0), entry.getTimeLocal(), entry.getName());
        }
        assertFalse(new String(docx.entries.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("docx4j"));
    }

    @Test
    void differentThemeGivesDifferentStylesOnly() throws Exception {
        DocxInspector plain = new DocxInspector(new DocxPlanWriter().write(SampleDocuments.full(), new DefaultTheme()));
        assertEquals(Set.of("DejaVu Sans"), new HashSet<>(plain.strings("/word/styles.xml", "//w:rFonts/@*")));
        assertEquals("Inhoudsopgave", plain.string(DOC, "//w:sdt//w:p[w:pPr/w:pStyle/@w:val='TOCHeading']"));
        assertEquals(List.of(), DocxStructure.problems(plain));
    }

    @Test
    void describesTheThemeFontsForSubstitution() throws Exception {
        // The test theme ships no font files: names only.
        assertEquals(List.of(THEME.bodyFont(), THEME.headingFont()), docx.strings("/word/fontTable.xml", "//w:font/@w:name"));
        assertEquals(List.of("auto", "auto"), docx.strings("/word/fontTable.xml", "//w:font/w:family/@w:val"));
        // The default theme's DejaVu Sans: a sans-serif, so Word substitutes a sans-serif where it is not installed.
        DocxInspector plain = new DocxInspector(new DocxPlanWriter().write(SampleDocuments.full(), new DefaultTheme()));
        assertEquals(List.of("DejaVu Sans"), plain.strings("/word/fontTable.xml", "//w:font/@w:name"));
        assertEquals("swiss", plain.string("/word/fontTable.xml", "//w:font/w:family/@w:val"));
        assertEquals("variable", plain.string("/word/fontTable.xml", "//w:font/w:pitch/@w:val"));
        assertTrue(plain.string("/word/fontTable.xml", "//w:font/w:panose1/@w:val").matches("020B[0-9A-F]{16}"));
    }

    @Test
    void marksADraftInTheFooter() throws Exception {
        Document full = SampleDocuments.full();
        Document draft = new Document(SampleDocuments.meta(true), full.blocks(), full.footnotes());
        DocxInspector d = new DocxInspector(new DocxPlanWriter().write(draft, THEME));
        assertTrue(d.string("/word/footer1.xml", "/w:ftr").startsWith("Concept"));
        for (String header : List.of("/word/header1.xml", "/word/header2.xml")) {
            Node shape = d.nodes(header, "//v:shape[@id='PowerPlusWaterMarkObject']").get(0);
            // One concept convention: the PDF's light grey, not a theme colour.
            assertEquals("#" + nl.opmaat.core.document.DocumentMeta.WATERMARK_GREY,
                    shape.getAttributes().getNamedItem("fillcolor").getNodeValue());
            assertEquals("CONCEPT", d.string(header, "//v:shape/v:textpath/@string"));
            assertTrue(d.string(header, "//v:shape/v:textpath/@style").contains("\"Proef Kop\""));
        }
        assertEquals(List.of(), DocxStructure.problems(d));
        assertEquals(0.0, docx.number("/word/header1.xml", "count(//v:shape)"), "no watermark on an adopted plan");
        assertEquals(List.of("Concept"), d.pkg.getDocPropsCorePart().getJaxbElement().getContentStatus() == null
                ? List.of() : List.of(d.pkg.getDocPropsCorePart().getJaxbElement().getContentStatus()));
    }

    @Test
    void writesAtomicallyToAFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("uit/ondersteuningsplan.docx");
        new DocxPlanWriter().write(SampleDocuments.full(), THEME, target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
