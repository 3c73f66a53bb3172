package nl.opmaat.core.document;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.opmaat.core.internal.Messages;

/**
 * The one check every image passes before a writer (PDF, DOCX, HTML) or a decoder sees it: a chapter's figure and a
 * plugin's logo alike. The format comes from the content, the size from the header (PNG {@code IHDR}, JPEG
 * {@code SOF}, SVG {@code width}/{@code height}/{@code viewBox}) without decoding a single pixel, so a 200 KB PNG
 * that declares 40000 × 40000 pixels is refused in microseconds instead of costing a minute and a gigabyte. An SVG is
 * read with a streaming parser that has DTDs and external entities off, and is refused when it holds a DOCTYPE, a
 * script or event handler, a CSS {@code @import}, or a reference to anything but itself or a {@code data:} URI: the
 * renderers would otherwise try to fetch it (or fail on it in English). A {@code <use>} of an element that itself holds
 * a {@code <use>} is refused too: nested, they multiply into billions of shapes for the renderer.
 */
public final class ImageGate {

    /** The one pixel limit (width × height) for every image, in every format: far above a full-page photo at 300 dpi. */
    public static final long MAX_PIXELS = 50_000_000L;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    private static final Messages MESSAGES = Messages.forPackageOf(ImageGate.class);
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    private ImageGate() {
    }

    /** What the header says: the media type and the natural size in CSS pixels (96 per inch). */
    public record Image(String mediaType, double width, double height) {
    }

    /** Why an image is refused: a key in this package's {@code messages.properties} and its arguments after the name. */
    public static final class Refusal extends Exception {
        private final String key;
        private final transient Object[] arguments;

        Refusal(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String key() {
            return key;
        }

        /** The Dutch sentence for the image called {@code name}. */
        public String message(String name) {
            return MESSAGES.format(key, withName(name));
        }

        /** What to do about it, in Dutch. */
        public String hint(String name) {
            return MESSAGES.formatOptional(key + ".hint", withName(name));
        }

        private Object[] withName(String name) {
            Object[] all = new Object[arguments.length + 1];
            all[0] = name;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            return all;
        }
    }

    /**
     * Checks an image.
     *
     * @param data the file's bytes
     * @param name the file name, for SVG only (an SVG is recognised by its {@code .svg} name and its root element)
     */
    public static Image inspect(byte[] data, String name) throws Refusal {
        if (data.length >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return limited(png(data));
        }
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return limited(jpeg(data));
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return limited(svg(data));
        }
        throw new Refusal("image.type");
    }

    private static Image limited(Image image) throws Refusal {
        double pixels = image.width() * image.height();
        if (!(pixels <= MAX_PIXELS)) { // also NaN
            throw new Refusal("image.pixels", Math.round(image.width()), Math.round(image.height()),
                    MAX_PIXELS / 1_000_000);
        }
        return image;
    }

    /** The IHDR chunk must come first: 8 signature bytes, length, "IHDR", width, height (big-endian, unsigned). */
    private static Image png(byte[] d) throws Refusal {
        if (d.length < 24 || d[4] != 0x0D || d[5] != 0x0A || d[6] != 0x1A || d[7] != 0x0A
                || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            throw new Refusal("image.damaged");
        }
        long width = uint32(d, 16);
        long height = uint32(d, 20);
        if (width == 0 || height == 0) {
            throw new Refusal("image.damaged");
        }
        return new Image(PNG, width, height);
    }

    /** Walks the JPEG segments to the first start-of-frame marker, which holds the height and width. */
    private static Image jpeg(byte[] d) throws Refusal {
        int i = 2;
        while (i + 3 < d.length) {
            if ((d[i] & 0xFF) != 0xFF) {
                throw new Refusal("image.damaged");
            }
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) { // end of image or start of scan before any frame
                break;
            }
            int length = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 8 >= d.length || length < 7) {
                    throw new Refusal("image.damaged");
                }
                int height = ((d[i + 5] & 0xFF) << 8) | (d[i + 6] & 0xFF);
                int width = ((d[i + 7] & 0xFF) << 8) | (d[i + 8] & 0xFF);
                if (width == 0 || height == 0) {
                    throw new Refusal("image.damaged");
                }
                return new Image(JPEG, width, height);
            }
            if (length < 2) {
                throw new Refusal("image.damaged");
            }
            i += 2 + length;
        }
        throw new Refusal("image.damaged");
    }

    private static Image svg(byte[] data) throws Refusal {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's parser, whatever else is on the path
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        Image size = null;
        int line = 0;
        // For <use> that points at an element holding another <use>: nested, they multiply ("billion laughs").
        Deque<String> ids = new ArrayDeque<>();
        Set<String> holdingUse = new HashSet<>();
        Map<String, Integer> useTargets = new HashMap<>();
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(data));
            boolean inStyle = false;
            while (xml.hasNext()) {
                int event = xml.next();
                line = xml.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new Refusal("svg.doctype", line);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refusal("svg.doctype", line);
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if ("xml-stylesheet".equals(xml.getPITarget())) {
                            throw new Refusal("svg.external", line, "xml-stylesheet");
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = xml.getLocalName();
                        if (size == null) {
                            if (!"svg".equals(local) || !SVG_NS.equals(xml.getNamespaceURI())) {
                                throw new Refusal("svg.not-svg");
                            }
                            size = svgSize(xml);
                        }
                        if ("script".equals(local) || "foreignObject".equals(local)) {
                            throw new Refusal("svg.script", line, "<" + local + ">");
                        }
                        checkAttributes(xml, line);
                        inStyle = "style".equals(local);
                        if ("use".equals(local)) {
                            ids.forEach(holdingUse::add);
                            String target = useTarget(xml);
                            if (target != null) {
                                useTargets.putIfAbsent(target, line);
                            }
                        }
                        String id = xml.getAttributeValue(null, "id");
                        ids.push(id == null ? "" : id);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inStyle) {
                            checkCss(xml.getText(), line);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        inStyle = false;
                        ids.poll();
                    }
                    default -> {
                        // comments, whitespace, the document's start and end
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            int at = e instanceof XMLStreamException x && x.getLocation() != null ? x.getLocation().getLineNumber() : line;
            throw new Refusal("svg.invalid", Math.max(at, 1));
        } finally {
            close(xml);
        }
        if (size == null) {
            throw new Refusal("svg.not-svg");
        }
        for (Map.Entry<String, Integer> use : useTargets.entrySet()) {
            if (!use.getKey().isEmpty() && holdingUse.contains(use.getKey())) {
                throw new Refusal("svg.nested-use", use.getValue());
            }
        }
        return size;
    }

    private static String useTarget(XMLStreamReader xml) {
        String href = xml.getAttributeValue(null, "href");
        if (href == null) {
            href = xml.getAttributeValue(XLINK_NS, "href");
        }
        return href != null && href.strip().startsWith("#") ? href.strip().substring(1) : null;
    }

    private static void checkAttributes(XMLStreamReader xml, int line) throws Refusal {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String local = xml.getAttributeLocalName(i);
            String ns = xml.getAttributeNamespace(i);
            String value = xml.getAttributeValue(i);
            if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new Refusal("svg.script", line, local);
            }
            if ("href".equals(local) && (ns == null || ns.isEmpty() || XLINK_NS.equals(ns))) {
                if (!internal(value)) {
                    throw new Refusal("svg.external", line, shorten(value));
                }
                checkEmbeddedImage(value);
            } else if ("style".equals(local)) {
                checkCss(value, line);
            } else if (value.toLowerCase(Locale.ROOT).contains("url(")) {
                checkCss(value, line);
            }
        }
    }

    private static void checkCss(String css, int line) throws Refusal {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            throw new Refusal("svg.import", line);
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            if (!internal(url.group(1))) {
                throw new Refusal("svg.external", line, shorten(url.group(1)));
            }
        }
    }

    /** A raster image carried inside the SVG is held to the same pixel limit: Batik would decode it all the same. */
    private static void checkEmbeddedImage(String reference) throws Refusal {
        String r = reference.strip();
        int comma = r.indexOf(',');
        if (comma < 0 || !r.regionMatches(true, 0, "data:image/", 0, 11)) {
            return;
        }
        String header = r.substring(0, comma).toLowerCase(Locale.ROOT);
        byte[] embedded;
        try {
            embedded = header.endsWith(";base64") ? Base64.getMimeDecoder().decode(r.substring(comma + 1))
                    : URLDecoder.decode(r.substring(comma + 1), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal("image.damaged");
        }
        if (header.startsWith("data:image/svg")) {
            inspect(embedded, "embedded.svg");
        } else if (embedded.length >= 3 && ((embedded[0] & 0xFF) == 0x89 || (embedded[0] & 0xFF) == 0xFF)) {
            inspect(embedded, "");
        }
    }

    /** A reference into the SVG itself, or data carried inside it. */
    private static boolean internal(String reference) {
        String r = reference.strip();
        return r.startsWith("#") || r.regionMatches(true, 0, "data:", 0, 5);
    }

    private static Image svgSize(XMLStreamReader root) throws Refusal {
        double width = length(root.getAttributeValue(null, "width"));
        double height = length(root.getAttributeValue(null, "height"));
        if (width > 0 && height > 0) {
            return new Image(SVG, width, height);
        }
        String box = root.getAttributeValue(null, "viewBox");
        if (box != null) {
            String[] parts = box.trim().split("[\\s,]+");
            if (parts.length == 4) {
                try {
                    double w = Double.parseDouble(parts[2]);
                    double h = Double.parseDouble(parts[3]);
                    if (w > 0 && h > 0) {
                        return new Image(SVG, w, h);
                    }
                } catch (NumberFormatException e) {
                    // falls through to the renderers' default size
                }
            }
        }
        // No size at all: renderers give such an SVG the CSS default of 300 × 150.
        return new Image(SVG, 300, 150);
    }

    private static double length(String value) {
        if (value == null) {
            return -1;
        }
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return -1;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> n * 96 / 72;
            case "pc" -> n * 16;
            case "mm" -> n * 96 / 25.4;
            case "cm" -> n * 96 / 2.54;
            case "in" -> n * 96;
            default -> n;
        };
    }

    private static long uint32(byte[] d, int at) {
        return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static String shorten(String reference) {
        String r = reference.strip();
        return r.length() > 60 ? r.substring(0, 57) + "..." : r;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was held open: the input is a byte array
            }
        }
    }
}
