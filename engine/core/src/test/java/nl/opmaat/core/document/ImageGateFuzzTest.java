package nl.opmaat.core.document;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the image gate with any bytes, read as a raster image and as an SVG. The property: an {@link ImageGate.Image}
 * within the pixel limit, or a {@link ImageGate.Refusal} with a Dutch sentence; never another exception.
 */
class ImageGateFuzzTest {

    @FuzzTest
    void inspectAnyBytes(byte[] input) {
        for (String name : new String[] {"figuur.png", "figuur.svg"}) {
            try {
                ImageGate.Image image = ImageGate.inspect(input, name);
                if (!(image.width() * image.height() <= ImageGate.MAX_PIXELS) || image.width() <= 0 || image.height() <= 0) {
                    throw new AssertionError("accepted beyond the limit or without a size: " + image);
                }
            } catch (ImageGate.Refusal refusal) {
                String message = refusal.message(name);
                if (message.isBlank() || message.startsWith(refusal.key())) {
                    throw new AssertionError("no Dutch sentence for " + refusal.key());
                }
            }
        }
    }
}
