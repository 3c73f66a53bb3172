package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgRasteriserTest {

    @Test
    void rendersAtTwiceTheNaturalSize() throws Exception {
        byte[] svg = SampleDocuments.svg();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgRasteriser.toPng(svg, ImageSize.of(svg, "image/svg+xml")).orElseThrow()));
        assertEquals(400, png.getWidth());
        assertEquals(200, png.getHeight());
    }

    @Test
    void refusesExternalResources(@TempDir Path dir) throws Exception {
        BufferedImage red = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                red.setRGB(x, y, Color.RED.getRGB());
            }
        }
        Path image = dir.resolve("red.png");
        ImageIO.write(red, "png", image.toFile());
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
                + "<image x=\"0\" y=\"0\" width=\"10\" height=\"10\" xlink:href=\"" + image.toUri() + "\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        Optional<byte[]> png = SvgRasteriser.toPng(svg, ImageSize.of(svg, "image/svg+xml"));
        if (png.isPresent()) {
            BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(png.get()));
            assertNotEquals(Color.RED.getRGB(), rendered.getRGB(10, 10), "the external file must not be loaded");
        }
        assertTrue(png.isEmpty() || png.get().length > 0);
    }

    @Test
    void givesNothingForAnSvgItCannotRender() {
        byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), SvgRasteriser.toPng(broken, new ImageSize(10, 10)));
    }
}
