package nl.opmaat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;

/**
 * The theme's fonts for a browser: one {@code @font-face} per face with the TrueType file as a {@code data:} URI, and
 * font stacks that fall back to the system's own serif or sans-serif (chosen from the family name) instead of Times.
 * Written only into the HTML for browsers, in a {@code media="screen"} stylesheet: the PDF gets its fonts from
 * {@link PdfEngine}, and openhtmltopdf renders for print.
 */
final class WebFonts {

    private WebFonts() {
    }

    static String css(Theme theme) {
        StringBuilder out = new StringBuilder();
        for (ThemeFont font : theme.fonts()) {
            byte[] data = read(font);
            if (data.length == 0) {
                continue;
            }
            out.append("@font-face { font-family: ").append(Xml.cssFamily(font.family()))
                    .append("; font-weight: ").append(font.weight())
                    .append("; font-style: ").append(font.italic() ? "italic" : "normal")
                    .append("; font-display: swap; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(data)).append(") format('truetype'); }\n");
        }
        String body = stack(theme.bodyFont());
        String heading = stack(theme.headingFont());
        out.append("html, body, p, li, td, th, caption, a, span, div, blockquote, em, strong { font-family: ")
                .append(body).append("; }\n");
        out.append("h1, h2, h3, h4, h5, h6, .cover-title, .cover-swv, .toc-title { font-family: ").append(heading)
                .append("; }\n");
        // A phone (390 px wide) reads without scrolling sideways: wide tables scroll inside themselves.
        out.append("body { font-size: 1.05rem; line-height: 1.5; overflow-wrap: break-word; }\n");
        out.append("img { max-width: 100%; height: auto; }\n");
        out.append("table { display: block; max-width: 100%; overflow-x: auto; }\n");
        out.append("p, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6 { max-width: 36em; }\n");
        return out.toString();
    }

    /** The family, then a like system font, then the generic family. */
    static String stack(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        boolean serif = name.contains("serif") && !name.contains("sans");
        return Xml.cssFamily(family) + (serif ? ", Georgia, 'Times New Roman', serif" : ", Arial, Helvetica, sans-serif");
    }

    private static byte[] read(ThemeFont font) {
        try (InputStream in = font.source().open()) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
