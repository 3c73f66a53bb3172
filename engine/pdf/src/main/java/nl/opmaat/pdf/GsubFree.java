package nl.opmaat.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Hides a TrueType font's {@code GSUB} table from PDFBox. PDFBox 3 applies GSUB ligatures with regular expressions on
 * every string it shows; with a font that has Latin ligatures (Liberation Serif in a house style) that doubled the render
 * time of a 60-page plan. The embedded subset never carried GSUB anyway (PDFBox's subsetter leaves it out), and without
 * ligatures the text extracts and reads aloud letter by letter ("fi", not the "ﬁ" glyph).
 *
 * <p>The table's directory entry is renamed from {@code GSUB} to {@code GSUA}: the bytes and offsets stay where they are,
 * the directory stays sorted, and a reader looking for {@code GSUB} no longer finds one.
 */
final class GsubFree {

    private static final int TABLE_RECORDS = 12;
    private static final int RECORD_SIZE = 16;

    private GsubFree() {
    }

    /** A copy of {@code font} whose GSUB table is hidden; the same bytes when it has none or is not a plain TTF/OTF. */
    static byte[] of(byte[] font) {
        if (font.length < TABLE_RECORDS) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        // 0x00010000 (TrueType), 'true' (Apple) or 'OTTO' (CFF); a collection ('ttcf') is left alone.
        if (version != 0x00010000 && version != 0x74727565 && version != 0x4F54544F) {
            return font;
        }
        int tables = Short.toUnsignedInt(in.getShort(4));
        if (TABLE_RECORDS + tables * RECORD_SIZE > font.length) {
            return font;
        }
        for (int i = 0; i < tables; i++) {
            int at = TABLE_RECORDS + i * RECORD_SIZE;
            if (new String(font, at, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                byte[] copy = font.clone();
                copy[at + 3] = 'A';
                return copy;
            }
        }
        return font;
    }
}
