package nl.opmaat.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * time, and its entry order is its own. Entries get the document's fixed date (as local time, so the time zone of the
 * build does not matter) and a fixed order: [Content_Types].xml first, as Office writes it, then by name.
 */
final class ReproducibleZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Zip's DOS dates start in 1980. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
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
                entries.put(entry.getName(), in.readAllBytes());
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
