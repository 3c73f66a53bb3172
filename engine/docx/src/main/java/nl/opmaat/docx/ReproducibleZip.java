package nl.opmaat.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a saved package so the same document gives the same bytes: docx4j stamps zip entries with the current
 * time, its entry order is its own, and the order in which JAXB declares namespaces on a part's root element differs
 * from one JVM run to the next. Entries get the document's fixed date (as local time, so the time zone of the build
 * does not matter), a fixed order ([Content_Types].xml first, as Office writes it, then by name), and XML parts get
 * their root element's attributes sorted (namespace declarations first).
 */
final class ReproducibleZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Zip's DOS dates start in 1980. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)((?:\\s+[^\\s=>/]+\\s*=\\s*\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("[^\\s=>/]+\\s*=\\s*\"[^\"]*\"");

    /** The part with its root element's attributes in a fixed order; other bytes unchanged. */
    static byte[] sortRootAttributes(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int from = 0;
        // Skip the XML declaration, comments and processing instructions before the root element.
        while (true) {
            int lt = text.indexOf('<', from);
            if (lt < 0) {
                return xml;
            }
            String close = text.startsWith("<?", lt) ? "?>" : text.startsWith("<!--", lt) ? "-->" : null;
            if (close == null) {
                from = lt;
                break;
            }
            int end = text.indexOf(close, lt);
            if (end < 0) {
                return xml;
            }
            from = end + close.length();
        }
        Matcher root = ROOT.matcher(text).region(from, text.length());
        if (!root.lookingAt()) {
            return xml;
        }
        List<String> attributes = new ArrayList<>();
        Matcher a = ATTRIBUTE.matcher(root.group(2));
        while (a.find()) {
            attributes.add(a.group());
        }
        attributes.sort(Comparator.comparing((String attr) -> !attr.startsWith("xmlns"))
                .thenComparing(attr -> attr.substring(0, attr.indexOf('=')).strip()));
        StringBuilder tag = new StringBuilder("<").append(root.group(1));
        attributes.forEach(attr -> tag.append(' ').append(attr));
        tag.append(root.group(3)).append('>');
        return (text.substring(0, root.start()) + tag + text.substring(root.end())).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] normalise(byte[] zip, Instant timestamp) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if (a.equals(CONTENT_TYPES)) {
                return -1;
            }
            if (b.equals(CONTENT_TYPES)) {
                return 1;
            }
            return a.compareTo(b);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                String name = entry.getName();
                entries.put(name, name.endsWith(".xml") || name.endsWith(".rels") ? sortRootAttributes(data) : data);
            }
        }
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        if (time.isBefore(EARLIEST)) {
            time = EARLIEST;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zipOut.putNextEntry(entry);
                zipOut.write(e.getValue());
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
