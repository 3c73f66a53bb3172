package nl.opmaat.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ImageGateTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    @Test
    void readsThePngSizeFromItsHeader() throws Exception {
        ImageGate.Image image = ImageGate.inspect(png(640, 480), "kaart.png");
        assertEquals(new ImageGate.Image(ImageGate.PNG, 640, 480), image);
    }

    @Test
    void refusesAPngThatDeclaresMoreThanTheLimit() {
        ImageGate.Refusal refusal = assertThrows(ImageGate.Refusal.class, () -> ImageGate.inspect(png(7072, 7072), "a.png"));
        assertEquals("image.pixels", refusal.key());
        assertTrue(refusal.message("a.png").contains("7072 bij 7072 pixels"), refusal.message("a.png"));
        assertEquals(new ImageGate.Image(ImageGate.PNG, 7071, 7071), assertAccepted(png(7071, 7071)));
    }

    @Test
    void readsTheJpegSizeFromItsFrameHeaderPastOtherSegments() throws Exception {
        byte[] jpeg = hex("FFD8 FFE0 0004 0000 FFDB 0003 00 FFC0 0011 08 0BB8 0FA0 03 0000000000000000000000000000 FFD9");
        assertEquals(new ImageGate.Image(ImageGate.JPEG, 4000, 3000), ImageGate.inspect(jpeg, "foto.jpg"));
        byte[] huge = hex("FFD8 FFC2 0011 08 FFFF FFFF 03 0000000000000000000000000000 FFD9");
        assertEquals("image.pixels", assertThrows(ImageGate.Refusal.class, () -> ImageGate.inspect(huge, "b.jpg")).key());
        assertEquals("image.damaged", assertThrows(ImageGate.Refusal.class,
                () -> ImageGate.inspect(hex("FFD8 FFE0 0100"), "c.jpg")).key());
    }

    @Test
    void readsTheSvgSizeFromWidthAndHeightOrTheViewBox() throws Exception {
        assertEquals(new ImageGate.Image(ImageGate.SVG, 96, 48), svg(SVG + " width=\"1in\" height=\"0.5in\"/>"));
        assertEquals(new ImageGate.Image(ImageGate.SVG, 200, 100), svg(SVG + " viewBox=\"0 0 200 100\"/>"));
        assertEquals("image.pixels", refusal(SVG + " width=\"100000\" height=\"100000\"/>"));
        assertEquals("image.pixels", refusal(SVG + " viewBox=\"0,0,100000,100000\"/>"));
    }

    @Test
    void refusesSvgThatWouldReachOutOrRunCode() {
        assertEquals("svg.doctype", refusal("<!DOCTYPE svg>\n" + SVG + "/>"));
        assertEquals("svg.external", refusal(SVG + "><image href=\"https://x.invalid/a.png\"/></svg>"));
        assertEquals("svg.external", refusal(SVG + "><image xlink:href=\"../../geheim.png\"/></svg>"));
        assertEquals("svg.external", refusal(SVG + "><rect style=\"fill:url('file:///etc/passwd')\"/></svg>"));
        assertEquals("svg.external", refusal("<?xml-stylesheet href=\"x.css\"?>" + SVG + "/>"));
        assertEquals("svg.script", refusal(SVG + "><script>alert(1)</script></svg>"));
        assertEquals("svg.script", refusal(SVG + " onload=\"alert(1)\"/>"));
        assertEquals("svg.script", refusal(SVG + "><foreignObject/></svg>"));
        assertEquals("svg.import", refusal(SVG + "><style>@import url(x.css);</style></svg>"));
        assertEquals("svg.invalid", refusal(SVG + "><g></svg>"));
        assertEquals("svg.not-svg", refusal("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
    }

    @Test
    void allowsReferencesIntoTheSvgAndDataButHoldsEmbeddedImagesToTheLimit() throws Exception {
        svg(SVG + "><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/><use href=\"#g\"/>"
                + "<image href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png(10, 10)) + "\"/></svg>");
        assertEquals("image.pixels", refusal(SVG + "><image href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(40_000, 40_000)) + "\"/></svg>"));
        assertEquals("svg.external", refusal(SVG + "><image href=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString((SVG + "><image href=\"http://x.invalid/\"/></svg>")
                .getBytes(StandardCharsets.UTF_8)) + "\"/></svg>"));
    }

    @Test
    void refusesUseOfAnElementThatHoldsAUse() throws Exception {
        svg(SVG + "><g id=\"a\"><rect/></g><use href=\"#a\"/><use xlink:href=\"#a\"/></svg>");
        assertEquals("svg.nested-use", refusal(SVG + "><g id=\"a\"><rect/></g><g id=\"b\"><use href=\"#a\"/>"
                + "<use href=\"#a\"/></g>\n<g id=\"c\"><use href=\"#b\"/><use href=\"#b\"/></g></svg>"));
    }

    @Test
    void refusesWhatIsNoImage() {
        assertEquals("image.type", assertThrows(ImageGate.Refusal.class,
                () -> ImageGate.inspect("GIF89a".getBytes(StandardCharsets.US_ASCII), "a.gif")).key());
        assertEquals("image.damaged", assertThrows(ImageGate.Refusal.class,
                () -> ImageGate.inspect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "a.png")).key());
    }

    private static ImageGate.Image assertAccepted(byte[] data) {
        try {
            return ImageGate.inspect(data, "x.png");
        } catch (ImageGate.Refusal e) {
            throw new AssertionError(e.key());
        }
    }

    private static ImageGate.Image svg(String text) throws ImageGate.Refusal {
        return ImageGate.inspect(text.getBytes(StandardCharsets.UTF_8), "figuur.svg");
    }

    private static String refusal(String text) {
        return assertThrows(ImageGate.Refusal.class, () -> svg(text)).key();
    }

    /** Signature and IHDR only: all the gate reads. */
    static byte[] png(int width, int height) {
        return ByteBuffer.allocate(33).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0}).putInt(0).array();
    }

    private static byte[] hex(String spaced) {
        String h = spaced.replace(" ", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
