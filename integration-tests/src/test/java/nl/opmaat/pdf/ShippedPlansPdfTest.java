package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.opmaat.api.theme.DocumentTerm;
import java.util.stream.Stream;
import nl.opmaat.api.model.Vaststelling;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.Typography;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF of every shipped plan: valid PDF/UA-1 and PDF/A-3a by veraPDF, and read back with PDFBox: its text, language,
 * outline, fonts, page count and watermark. Each plan is rendered once (see {@link ShippedPlans}).
 */
class ShippedPlansPdfTest {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    static Stream<String> plans() {
        return ShippedPlans.names().stream();
    }

    static Stream<Arguments> plansAndProfiles() {
        return ShippedPlans.names().stream().flatMap(p -> Stream.of(Arguments.of(p, "ua1"), Arguments.of(p, "3a")));
    }

    @Test
    void everyShippedPlanIsTested() {
        assertTrue(ShippedPlans.names().size() >= 5, ShippedPlans.names().toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("plansAndProfiles")
    void conformsToPdfUaAndPdfA(String plan, String profile) throws Exception {
        assertEquals(List.of(), VeraPdf.failures(ShippedPlans.get(plan).pdf(), profile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void textHoldsTheChapterHeadingsTheAdoptionDatesAndATableCell(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            String text = PdfText.of(pdf);
            String squashed = PdfText.squash(text);
            for (Block.Heading h : headings(r.document())) {
                if (h.level() == 1) {
                    assertTrue(squashed.contains(PdfText.squash(Typography.typeset(Inlines.plainText(h.text())))),
                            "heading " + Inlines.plainText(h.text()));
                }
            }
            List<LocalDate> dates = adoptionDates(r.loaded().plan().vaststelling());
            for (LocalDate date : dates) {
                assertTrue(text.contains(DUTCH_DATE.format(date)), "adoption date " + date);
            }
            Block.Table table = tables(r.document()).get(0);
            String cell = Inlines.plainText(table.rows().get(0).get(0));
            assertFalse(cell.isEmpty());
            assertTrue(squashed.contains(PdfText.squash(Typography.typeset(cell))), "table cell " + cell);
            assertFalse(text.contains("CONCEPT"), "the watermark is not text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void declaresDutchAndTheTitle(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            assertEquals("nl-NL", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith(r.document().meta().title()));
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void outlineHasABookmarkForEveryHeadingPointingAtItsPage(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        List<Block.Heading> headings = headings(r.document());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            List<String> pages = PdfText.pages(pdf);
            List<Bookmark> bookmarks = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), 1, bookmarks);
            assertEquals(headings.size(), bookmarks.size(), "one bookmark per heading");
            int previousDepth = 0;
            for (int i = 0; i < headings.size(); i++) {
                String title = Typography.typeset(Inlines.plainText(headings.get(i).text()));
                Bookmark b = bookmarks.get(i);
                assertTrue(b.title().endsWith(title), b.title() + " / " + title);
                assertTrue(b.depth() <= previousDepth + 1 && b.depth() <= headings.get(i).level(), "depth of " + title);
                previousDepth = b.depth();
                int page = pdf.getPages().indexOf(b.item().findDestinationPage(pdf));
                assertTrue(page >= 0 && PdfText.squash(pages.get(page)).contains(PdfText.squash(b.title())),
                        "bookmark " + b.title() + " points at page " + (page + 1));
            }
            assertTrue(bookmarks.get(0).title().startsWith("1 "), bookmarks.get(0).title());
            bookmarks.stream().filter(b -> b.depth() == 1 && b.title().startsWith("Bijlage ")).findFirst()
                    .ifPresent(b -> assertTrue(b.title().startsWith("Bijlage 1 "), b.title()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void pageCountIsPlausible(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        long chapters = headings(r.document()).stream().filter(h -> h.level() == 1).count();
        long characters = r.loaded().plan().chapters().stream().mapToLong(c -> c.markdown().length()).sum();
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            int pages = pdf.getNumberOfPages();
            // Cover and contents, then every chapter and appendix on a new page; a full page holds some 3,000 characters.
            assertTrue(pages >= chapters + 2, pages + " pages for " + chapters + " chapters");
            assertTrue(pages <= chapters + 4 + characters / 1000, pages + " pages for " + characters + " characters");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void embedsEveryFont(String plan) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ShippedPlans.get(plan).pdf())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aDraftHasTheWatermarkOnEveryPageAndTheFindingsAppendix(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        boolean draft = r.document().meta().draft();
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            long marked = 0;
            for (PDPage page : pdf.getPages()) {
                marked += hasWatermark(page) ? 1 : 0;
            }
            assertEquals(draft ? pdf.getNumberOfPages() : 0, marked);
            assertEquals(draft, PdfText.of(pdf).contains("Bevindingen van de controle"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyPageAfterTheCoverHasTheRunningHeaderPageXOfYAndContent(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            List<String> pages = PdfText.pages(pdf);
            int n = pages.size();
            assertFalse(pages.get(0).contains("pagina 1 van"), "no page number on the cover");
            for (int i = 1; i < n; i++) {
                assertTrue(pages.get(i).contains(r.document().meta().subtitle()), "running header on page " + (i + 1));
                assertTrue(pages.get(i).contains("pagina " + (i + 1) + " van " + n), "page number on page " + (i + 1));
                String body = pages.get(i).replace(r.document().meta().subtitle(), "").replace("pagina " + (i + 1) + " van " + n, "");
                assertFalse(body.isBlank(), "page " + (i + 1) + " is empty");
            }
        }
    }

    /** The findings appendix of this plan runs over several pages: its header row must be on each of them. */
    @Test
    void aTableHeaderRepeatsOnEveryPageTheTableRunsOver() throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get("vo-zuidoost-utrecht");
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            List<String> pages = PdfText.pages(pdf);
            int first = 0;
            while (!pages.get(first).contains("Dit plan is een concept.")) {
                first++;
            }
            assertTrue(pages.size() - first >= 2, "the table spans at least two pages");
            for (int i = first; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains("Ernst, regel en plaats Melding en wat te doen"), "header on page " + (i + 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void usesTheHouseStyleAndGlossaryOfThePluginThatServesThePlan(String plan) throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(plan);
        String family = r.theme().bodyFont().replace(" ", "");
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            boolean usesThemeFont = false;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    // PostScript names: subset tag, no spaces ("ABCDEF+DejaVuSerif-Bold").
                    usesThemeFont |= page.getResources().getFont(name).getName().contains(family);
                }
            }
            assertTrue(usesThemeFont, "the theme's font " + r.theme().bodyFont());
            String text = PdfText.of(pdf);
            if (!r.selection().glossary().isEmpty()) {
                assertTrue(text.contains(r.theme().term(DocumentTerm.BEGRIPPENLIJST)), "glossary appendix");
                assertTrue(text.contains(r.selection().glossary().get(0).explanation().substring(0, 20)), "a glossary term");
            }
            if (r.theme().logo().isPresent()) {
                List<String> alts = new ArrayList<>();
                figures(pdf.getDocumentCatalog().getStructureTreeRoot(), alts);
                assertEquals(r.theme().logo().get().altText(), alts.get(0), "the logo on the cover with its alt text");
            }
        }
    }

    @Test
    void theRealPluginsServeThePlansThatNameThem() {
        assertEquals(Optional.of("de-eem"), ShippedPlans.get("de-eem").selection().plugin());
        assertEquals(Optional.empty(), ShippedPlans.get("voorbeeld").selection().plugin());
    }

    private static void figures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                figures(element, alts);
            }
        }
    }

    @Test
    void theShippedPlansHoldDraftsAndAFinalPlanWithItsBudget() throws Exception {
        assertTrue(ShippedPlans.get("po-22-02-emmen").document().meta().draft());
        ShippedPlans.Rendered voorbeeld = ShippedPlans.get("voorbeeld");
        assertFalse(voorbeeld.document().meta().draft());
        try (PDDocument pdf = Loader.loadPDF(voorbeeld.pdf())) {
            String text = PdfText.of(pdf);
            assertTrue(text.contains("Meerjarenbegroting"));
            assertTrue(text.contains("1.950.000"), "a budget amount from plan.yaml");
        }
    }

    private static boolean hasWatermark(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getPropertiesNames()) {
            PDPropertyList properties = resources.getProperties(name);
            if (properties != null && "Watermark".equals(properties.getCOSObject().getNameAsString(COSName.SUBTYPE))) {
                return true;
            }
        }
        return false;
    }

    private record Bookmark(String title, int depth, PDOutlineItem item) {
    }

    private static void collect(PDOutlineNode node, int depth, List<Bookmark> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(new Bookmark(item.getTitle(), depth, item));
            collect(item, depth + 1, out);
        }
    }

    private static List<LocalDate> adoptionDates(Vaststelling v) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(v.bestuur());
        dates.add(v.oprInstemming());
        v.oogo().forEach(o -> dates.add(o.datum()));
        v.overleg().forEach(o -> dates.add(o.datum()));
        v.overig().forEach(o -> dates.add(o.datum()));
        return dates.stream().filter(d -> d != null).toList();
    }

    static List<Block.Heading> headings(Document document) {
        return Blocks.headings(document.blocks());
    }

    static List<Block.Table> tables(Document document) {
        return Blocks.flatten(document.blocks()).filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

}
