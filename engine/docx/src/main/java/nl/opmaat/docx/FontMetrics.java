package nl.opmaat.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Widths of text in the theme's bold body font, read from its TrueType advance widths: how wide a table column must be
 * so that Word or LibreOffice never breaks a number or a word inside it. Bold is the wider face, so one measure serves
 * header, totals and plain cells. Without a readable font, each character counts as 0.62 em (wide for digits in the
 * common sans and serif faces).
 */
final class FontMetrics {

    private static final double FALLBACK_EM = 0.62;
    private final int[] advances = new int[0x2200];
    private final int unitsPerEm;

    private FontMetrics(int[] source, int unitsPerEm) {
        System.arraycopy(source, 0, advances, 0, advances.length);
        this.unitsPerEm = unitsPerEm;
    }

    static FontMetrics of(Theme theme) {
        Optional<ThemeFont> bold = theme.fonts().stream().filter(f -> f.family().equals(theme.bodyFont()))
                .min((a, b) -> Integer.compare(Math.abs(a.weight() - 700) + (a.italic() ? 1000 : 0),
                        Math.abs(b.weight() - 700) + (b.italic() ? 1000 : 0)));
        if (bold.isPresent()) {
            try (InputStream in = bold.get().source().open()) {
                if (in != null) {
                    return read(in.readAllBytes());
                }
            } catch (IOException | RuntimeException e) {
                // Not a font fontbox can read: fall back to the estimate below.
            }
        }
        return new FontMetrics(new int[0x2200], 0);
    }

    private static FontMetrics read(byte[] ttf) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            int[] widths = new int[0x2200];
            for (int c = 0x20; c < widths.length; c++) {
                int glyph = cmap == null ? 0 : cmap.getGlyphId(c);
                widths[c] = glyph == 0 ? 0 : font.getAdvanceWidth(glyph);
            }
            widths[0xA0] = widths[0xA0] == 0 ? widths[' '] : widths[0xA0];
            return new FontMetrics(widths, font.getUnitsPerEm());
        }
    }

    /** The width of {@code text} on one line at {@code halfPoints} (Word's w:sz), in twips. */
    double twips(String text, int halfPoints) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int advance = unitsPerEm == 0 || c >= advances.length ? 0 : advances[c];
            em += advance == 0 ? FALLBACK_EM : (double) advance / unitsPerEm;
        }
        return em * halfPoints * 10;
    }
}
