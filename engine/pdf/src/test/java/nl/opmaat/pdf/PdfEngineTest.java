package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.theme.DefaultTheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** The engine on small synthetic documents: figures and a logo with alt text, and the refusal of outside resources. */
class PdfEngineTest {

    private static final Theme THEME = new DefaultTheme();

    private static byte[] render(Theme theme, Document document) throws PdfRenderException {
        return new PdfEngine(theme).render(new HtmlPlanWriter(theme).write(document), document.meta());
    }

    @Test
    void figuresAndTheLogoCarryTheirAltTextInAValidPdf() throws Exception {
        Theme withLogo = TestThemes.with("", new ThemeLogo(SyntheticDocuments.SVG.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml", "Logo van SWV Proefregio"), null, Map.of());
        byte[] pdf = render(withLogo, SyntheticDocuments.everything(false));
        assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
        assertEquals(List.of(), VeraPdf.failures(pdf, "3a"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertEquals(List.of("Logo van SWV Proefregio", "Kaart van de regio met vier gemeenten", "Blauw vlak"), alts);
            String text = PdfText.of(doc);
            List<String> pages = PdfText.pages(doc);
            int page = 0;
            while (!pages.get(page).contains("Scholen & ouders")) {
                page++;
            }
            assertTrue(pages.get(page).contains("1. Een voetnoot."), "the note is at the foot of its page: " + pages.get(page));
            assertTrue(text.contains("2. Geteld op 1 oktober."), text);
            assertTrue(text.contains("Het Anker 95"), text);
            assertTrue(text.contains("Scholen & ouders <samen>."), text);
        }
    }

    @Test
    void aDraftStaysValidWithItsWatermark() throws Exception {
        byte[] pdf = render(THEME, SyntheticDocuments.everything(true));
        assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"));
        assertEquals(List.of(), VeraPdf.failures(pdf, "3a"));
    }

    @Test
    void refusesARemoteImageWithADutchMessage() {
        String html = new HtmlPlanWriter(THEME).write(SyntheticDocuments.everything(false))
                .replace("</body>", "<p><img src=\"https://example.org/logo.png\" alt=\"Logo\" /></p></body>");
        PdfRenderException e = assertThrows(PdfRenderException.class,
                () -> new PdfEngine(THEME).render(html, SyntheticDocuments.meta(false)));
        assertTrue(e.getMessage().contains("https://example.org/logo.png"), e.getMessage());
        assertTrue(e.getMessage().contains("niets van internet"), e.getMessage());
        assertFalse(e.hint().isBlank());
    }

    @Test
    void refusesAPathOutsideTheDocument() {
        String html = new HtmlPlanWriter(THEME).write(SyntheticDocuments.everything(false))
                .replace("</body>", "<p><img src=\"../geheim.png\" alt=\"Geheim\" /><img src=\"file:///etc/hostname\" alt=\"x\" /></p></body>");
        PdfRenderException e = assertThrows(PdfRenderException.class,
                () -> new PdfEngine(THEME).render(html, SyntheticDocuments.meta(false)));
        assertTrue(e.getMessage().contains("../geheim.png"), e.getMessage());
        assertTrue(e.getMessage().contains("file:///etc/hostname"), e.getMessage());
    }

    @Test
    void refusesThemeCssThatReachesOutside() {
        Theme theme = TestThemes.css(".toc { background-image: url('https://example.org/huisstijl.png'); }\n"
                + ".cover { background-image: url('../../achtergrond.png'); }");
        PdfRenderException e = assertThrows(PdfRenderException.class, () -> render(theme, SyntheticDocuments.everything(false)));
        assertTrue(e.getMessage().contains("https://example.org/huisstijl.png"), e.getMessage());
        assertTrue(e.getMessage().contains("../../achtergrond.png"), e.getMessage());
    }

    @Test
    void aThemeWithoutItsBodyFontIsADutchError() {
        List<ThemeFont> wrongFamily = new DefaultTheme().fonts().stream()
                .map(f -> new ThemeFont("Andere Letter", f.weight(), f.italic(), f.licence(), f.source())).toList();
        Theme theme = TestThemes.with("", null, wrongFamily, Map.of());
        PdfRenderException e = assertThrows(PdfRenderException.class, () -> render(theme, SyntheticDocuments.everything(false)));
        assertTrue(e.getMessage().contains("DejaVu Sans"), e.getMessage());
        assertTrue(e.getMessage().contains("lettertype"), e.getMessage());
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
}
