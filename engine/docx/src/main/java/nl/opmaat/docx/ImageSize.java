package nl.opmaat.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** The natural size of an image in CSS pixels (96 per inch), read from its header without decoding it. */
record ImageSize(double width, double height) {

    private static final ImageSize FALLBACK = new ImageSize(400, 300);
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9.]+)\\s*(px|pt|mm|cm|in)?\\s*");

    static ImageSize of(byte[] data, String mediaType) {
        return "image/svg+xml".equals(mediaType) ? svg(data) : raster(data);
    }

    private static ImageSize raster(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return FALLBACK;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return FALLBACK;
        }
    }

    /** From the root's width and height, else its viewBox. */
    private static ImageSize svg(byte[] data) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(data)).getDocumentElement();
            double w = length(root.getAttribute("width"));
            double h = length(root.getAttribute("height"));
            if (w > 0 && h > 0) {
                return new ImageSize(w, h);
            }
            String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
            if (box.length == 4) {
                double bw = Double.parseDouble(box[2]);
                double bh = Double.parseDouble(box[3]);
                if (bw > 0 && bh > 0) {
                    return new ImageSize(bw, bh);
                }
            }
        } catch (Exception e) {
            // An SVG we cannot measure is still embedded, at the fallback size.
        }
        return FALLBACK;
    }

    private static double length(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return -1;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> n * 96 / 72;
            case "mm" -> n * 96 / 25.4;
            case "cm" -> n * 96 / 2.54;
            case "in" -> n * 96;
            default -> n;
        };
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
