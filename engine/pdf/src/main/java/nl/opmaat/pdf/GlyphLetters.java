package nl.opmaat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The text of glyph codes in a rendered page before it is saved: openhtmltopdf embeds each theme font as a Type 0 font
 * with Identity-H encoding, so a code is two bytes holding the glyph id of the theme's own font file, and that file's
 * Unicode cmap says which character each glyph shows. (A saved PDF has ToUnicode maps for this; the unsaved one does
 * not yet, since fonts are subset when the file is written.) Fonts are matched by PostScript name.
 */
final class GlyphLetters {

    /** Identity-H: every code is two bytes. */
    static final int CODE_BYTES = 2;

    private final Map<String, CmapLookup> cmaps;

    private GlyphLetters(Map<String, CmapLookup> cmaps) {
        this.cmaps = cmaps;
    }

    /** The theme's fonts, by PostScript name; a font that cannot be read is left out (its runs are then left alone). */
    static GlyphLetters of(Theme theme) {
        Map<String, CmapLookup> cmaps = new HashMap<>();
        for (ThemeFont font : theme.fonts()) {
            try (InputStream in = font.source().open()) {
                if (in == null) {
                    continue;
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                if (cmap != null && ttf.getName() != null) {
                    cmaps.put(ttf.getName(), cmap);
                }
            } catch (IOException e) {
                // Unreadable here means unusable for the renderer too, which reports it; nothing to mark in it.
            }
        }
        return new GlyphLetters(cmaps);
    }

    /** One font of a page, able to spell its codes. */
    interface Face {
        String text(byte[] codes);
    }

    /** The face behind a font resource name, or null when it is not an Identity-H font of the theme. */
    Face face(COSDictionary fonts, COSName name) {
        COSDictionary font = fonts == null ? null : fonts.getCOSDictionary(name);
        if (font == null || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING))) {
            return null;
        }
        String base = font.getNameAsString(COSName.BASE_FONT);
        if (base == null) {
            return null;
        }
        // A subset tag ("ABCDEF+") comes only when the file is saved; allow it all the same.
        CmapLookup cmap = cmaps.get(base.matches("[A-Z]{6}\\+.*") ? base.substring(7) : base);
        if (cmap == null) {
            return null;
        }
        return codes -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i + 1 < codes.length; i += CODE_BYTES) {
                int gid = (codes[i] & 0xFF) << 8 | (codes[i + 1] & 0xFF);
                List<Integer> chars = cmap.getCharCodes(gid);
                // One glyph may show several characters (the hyphen also serves U+00AD): the lowest is the plain one.
                text.appendCodePoint(chars == null || chars.isEmpty() ? 0xFFFD
                        : chars.stream().mapToInt(Integer::intValue).min().getAsInt());
            }
            return text.toString();
        };
    }
}
