package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.core.theme.DefaultTheme;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class GsubFreeTest {

    private static byte[] dejaVu() throws Exception {
        ThemeFont regular = new DefaultTheme().fonts().get(0);
        try (InputStream in = regular.source().open()) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void hidesTheGsubTableAndKeepsTheFontUsable() throws Exception {
        byte[] original = dejaVu();
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(GsubFree.of(original))) {
            assertNotNull(before.getTableMap().get("GSUB"), "the test font has a GSUB table");
            assertNull(after.getTableMap().get("GSUB"));
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            assertEquals(before.getUnicodeCmapLookup().getGlyphId('é'), after.getUnicodeCmapLookup().getGlyphId('é'));
        }
        assertEquals(original.length, GsubFree.of(original).length);
    }

    @Test
    void leavesOtherDataAlone() {
        byte[] notAFont = "geen lettertype".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertArrayEquals(notAFont, GsubFree.of(notAFont));
    }
}
