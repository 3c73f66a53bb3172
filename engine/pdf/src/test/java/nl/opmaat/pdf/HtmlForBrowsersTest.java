package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/**
 * The HTML for a browser shows the house font on any computer and reads on a phone: the theme's fonts as web fonts,
 * a font stack with a fallback, a viewport, and nothing wider than the screen. The XHTML for the PDF carries none of
 * the web fonts (openhtmltopdf embeds them itself).
 */
class HtmlForBrowsersTest {

    private final HtmlPlanWriter writer = new HtmlPlanWriter(new DefaultTheme());

    @Test
    void embedsEveryThemeFontAsAWebFontWithAFallbackStack() {
        String html = writer.writeForBrowser(SyntheticDocuments.everything(false));
        Matcher faces = Pattern.compile("@font-face \\{ font-family: 'DejaVu Sans'; font-weight: (\\d+); font-style: (\\w+);"
                + " font-display: swap; src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(html);
        int count = 0;
        while (faces.find()) {
            count++;
            byte[] ttf = Base64.getDecoder().decode(faces.group(3));
            assertEquals(0x00010000, java.nio.ByteBuffer.wrap(ttf).getInt(), "a TrueType file");
        }
        assertEquals(new DefaultTheme().fonts().size(), count);
        assertTrue(html.contains("font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif;"), "a fallback stack");
        assertTrue(html.contains("<style media=\"screen\">"), "web fonts only for screens");
    }

    @Test
    void hasAViewportAndKeepsWideContentInsideA390PixelScreen() {
        String html = writer.writeForBrowser(SyntheticDocuments.everything(false));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"));
        assertTrue(html.contains("table { display: block; max-width: 100%; overflow-x: auto; }"), "tables scroll inside");
        assertTrue(html.contains("img { max-width: 100%; height: auto; }"));
    }

    @Test
    void theXhtmlForThePdfHasNoWebFonts() {
        String xhtml = writer.write(SyntheticDocuments.everything(false));
        assertFalse(xhtml.contains("@font-face"));
        assertFalse(xhtml.contains("sans-serif"), "openhtmltopdf would look for a font the theme does not ship");
    }

    @Test
    void fallsBackToASerifForASerifHouseFont() {
        assertEquals("'Liberation Serif', Georgia, 'Times New Roman', serif", WebFonts.stack("Liberation Serif"));
        assertEquals("'DejaVu Sans Condensed', Arial, Helvetica, sans-serif", WebFonts.stack("DejaVu Sans Condensed"));
    }
}
