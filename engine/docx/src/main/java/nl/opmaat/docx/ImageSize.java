package nl.opmaat.docx;

import nl.opmaat.core.document.ImageGate;

/** The natural size of an image in CSS pixels (96 per inch), read from its header without decoding it. */
record ImageSize(double width, double height) {

    private static final ImageSize FALLBACK = new ImageSize(400, 300);

    /** The size {@link ImageGate} read from the header; every figure and logo passed that gate before it got here. */
    static ImageSize of(byte[] data, String mediaType) {
        try {
            ImageGate.Image image = ImageGate.inspect(data, ImageGate.SVG.equals(mediaType) ? "image.svg" : "image");
            return new ImageSize(image.width(), image.height());
        } catch (ImageGate.Refusal e) {
            return FALLBACK;
        }
    }

    /** EMU per CSS pixel: 914400 per inch / 96. */
    static final long EMU_PER_PIXEL = 9525;

    /** The size in EMU, scaled down (never up) to fit {@code maxWidthEmu}. */
    long[] emu(long maxWidthEmu) {
        double cx = width * EMU_PER_PIXEL;
        double cy = height * EMU_PER_PIXEL;
        if (cx > maxWidthEmu) {
            cy = cy * maxWidthEmu / cx;
            cx = maxWidthEmu;
        }
        return new long[] {Math.round(cx), Math.round(cy)};
    }
}
