package nl.opmaat.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;

/**
 * The width of the text column, from the theme's own body font: as wide as {@link #CHARACTERS} characters of ordinary
 * Dutch text at the body size. Full lines then hold about 74 characters and, with the short last lines of paragraphs,
 * the median line about 66: inside the 60–75 a reader takes in comfortably. A narrow face gets a narrower
 * column, a wide one a wider column, so every house style reads alike. Tables, figures and the cover keep the full
 * width between the margins.
 */
final class Measure {

    /** Characters per line the column is made for. */
    static final int CHARACTERS = 74;
    /** The body size in base.css. */
    static final float BODY_POINTS = 10.5f;
    private static final float MM_PER_POINT = 25.4f / 72f;
    /** Ordinary Dutch running text, to average letter widths the way they occur (spaces and punctuation included). */
    private static final String SAMPLE = "Het samenwerkingsverband zorgt ervoor dat elke leerling een passende plek krijgt. "
            + "De school biedt basisondersteuning; wat een leerling meer nodig heeft, regelt de school met ouders en het "
            + "samenwerkingsverband. Zo komt geen kind thuis te zitten, en weten ouders bij wie zij terechtkunnen.";

    private Measure() {
    }

    /** CSS that holds running text to the measure; empty when the body font cannot be read (then the page width holds). */
    static String css(Theme theme) {
        double mm = columnWidthMm(theme);
        if (mm <= 0) {
            return "";
        }
        String width = String.format(Locale.ROOT, "%.1fmm", mm);
        // A box holds its text to the same measure; its frame hangs into the margin around it (base.css).
        return "p, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6, .figure-caption { max-width: " + width + "; }\n"
                + "table p, table ul, table ol, li p, li ul, li ol, blockquote p, ul.toc-list { max-width: none; }\n"
                + "aside.box { max-width: " + width + "; }\n"
                + "aside.box p, aside.box ul, aside.box ol, aside.box h1, aside.box h2, aside.box h3 { max-width: none; }\n";
    }

    /** The width of {@link #CHARACTERS} average characters of the theme's regular body face, in millimetres. */
    static double columnWidthMm(Theme theme) {
        Font font = bodyFace(theme, 400);
        if (font == null) {
            return 0;
        }
        double points = font.deriveFont(BODY_POINTS).getStringBounds(SAMPLE, CONTEXT).getWidth();
        return points / SAMPLE.length() * CHARACTERS * MM_PER_POINT;
    }

    /**
     * Widths of texts in the theme's upright body face of the nearest weight (400 regular, 700 bold) at the body size.
     * Each weight's font file is read once per instance: reading it (AWT copies the stream to a file first) for every
     * contents entry was a third of writing the XHTML.
     */
    static final class BodyWidths {
        private final Theme theme;
        private final Map<Integer, Optional<Font>> faces = new HashMap<>();

        BodyWidths(Theme theme) {
            this.theme = theme;
        }

        /** The width of {@code text} in millimetres; 0 when the font cannot be read. */
        double mm(String text, int weight) {
            Font font = faces.computeIfAbsent(weight, w -> Optional.ofNullable(bodyFace(theme, w))).orElse(null);
            return font == null ? 0 : font.deriveFont(BODY_POINTS).getStringBounds(text, CONTEXT).getWidth() * MM_PER_POINT;
        }
    }

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static Font bodyFace(Theme theme, int weight) {
        ThemeFont face = theme.fonts().stream()
                .filter(f -> f.family().equals(theme.bodyFont()) && !f.italic())
                .min((a, b) -> Integer.compare(Math.abs(a.weight() - weight), Math.abs(b.weight() - weight)))
                .orElse(null);
        if (face == null) {
            return null;
        }
        try (InputStream in = face.source().open()) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }
}
