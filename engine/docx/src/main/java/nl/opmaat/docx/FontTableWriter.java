package nl.opmaat.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;

/**
 * Writes fontTable.xml: for each theme font family its PANOSE number, family class and pitch, read from the OS/2
 * table of the theme's TrueType file. On a computer without the house font, Word substitutes the installed font with
 * the closest PANOSE description (a sans-serif for a sans-serif) instead of its default serif.
 */
final class FontTableWriter {

    private FontTableWriter() {
    }

    /** What fontTable.xml says about one font. */
    record FontInfo(String panose, String family, String pitch) {
    }

    static String write(Theme theme) {
        Set<String> families = new LinkedHashSet<>();
        families.add(theme.bodyFont());
        families.add(theme.headingFont());
        WmlWriter w = new WmlWriter("fonts");
        for (String family : families) {
            w.start("font", "name", family);
            Optional<FontInfo> info = regularFace(theme, family).flatMap(FontTableWriter::read);
            if (info.isPresent()) {
                w.empty("panose1", "val", info.get().panose());
                w.empty("charset", "val", "00");
                w.empty("family", "val", info.get().family());
                w.empty("pitch", "val", info.get().pitch());
            } else {
                w.empty("family", "val", "auto");
            }
            w.end();
        }
        return w.finish();
    }

    private static Optional<ThemeFont> regularFace(Theme theme, String family) {
        return theme.fonts().stream().filter(f -> f.family().equals(family))
                .min((a, b) -> Integer.compare(Math.abs(a.weight() - 400) + (a.italic() ? 1000 : 0),
                        Math.abs(b.weight() - 400) + (b.italic() ? 1000 : 0)));
    }

    private static Optional<FontInfo> read(ThemeFont font) {
        try (InputStream in = font.source().open()) {
            return in == null ? Optional.empty() : fromTrueType(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the OS/2 table of a TrueType or OpenType file; empty when there is none. */
    static Optional<FontInfo> fromTrueType(byte[] ttf) {
        try {
            ByteBuffer b = ByteBuffer.wrap(ttf);
            int tables = b.getShort(4) & 0xFFFF;
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                String tag = new String(ttf, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
                if (tag.equals("OS/2")) {
                    int offset = b.getInt(record + 8);
                    byte[] panose = new byte[10];
                    b.get(offset + 32, panose);
                    return Optional.of(describe(panose));
                }
            }
        } catch (IndexOutOfBoundsException e) {
            // Not a font file we can read: no description, Word uses its default substitution.
        }
        return Optional.empty();
    }

    /** PANOSE: byte 0 family kind (2 = Latin text), 1 serif style (11-13 = sans), 3 proportion (9 = monospaced). */
    static FontInfo describe(byte[] panose) {
        int kind = panose[0];
        int serif = panose[1];
        boolean monospaced = kind == 2 && panose[3] == 9;
        String family = switch (kind) {
            case 2 -> monospaced ? "modern" : serif >= 11 && serif <= 13 ? "swiss" : "roman";
            case 3 -> "script";
            case 4 -> "decorative";
            default -> "auto";
        };
        return new FontInfo(HexFormat.of().withUpperCase().formatHex(panose), family, monospaced ? "fixed" : "variable");
    }
}
