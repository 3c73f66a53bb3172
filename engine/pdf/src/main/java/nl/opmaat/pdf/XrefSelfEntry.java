package nl.opmaat.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lists the cross-reference stream in itself. PDFBox 3 writes a compressed PDF whose last object is the xref stream
 * {@code n}, with {@code /Size n+1} but entries only for objects 0 to n-1, so {@code qpdf --check} warns that the
 * trailer's /Size is two more than one plus the highest object it lists. Adding the stream's own entry (type 1, its
 * offset) makes the /Size right; the stream stays the file's last object at the same offset, so no other offset moves.
 * A file in any other shape is returned as it was.
 */
final class XrefSelfEntry {

    private static final Pattern HEADER = Pattern.compile(
            "(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream(\\r\\n|\\n)", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
    private static final Pattern INDEX = Pattern.compile("/Index \\[0 (\\d+)\\]");
    private static final Pattern WIDTHS = Pattern.compile("/W \\[(\\d) (\\d) (\\d)\\]");

    private XrefSelfEntry() {
    }

    static byte[] apply(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int startxref = text.lastIndexOf("startxref");
        if (startxref < 0) {
            return pdf;
        }
        String[] tail = text.substring(startxref + "startxref".length()).strip().split("\\s+");
        int offset = Integer.parseInt(tail[0]);
        Matcher header = HEADER.matcher(text).region(offset, startxref);
        if (!header.lookingAt()) {
            return pdf;
        }
        int self = Integer.parseInt(header.group(1));
        String dictionary = header.group(2);
        Matcher length = LENGTH.matcher(dictionary);
        Matcher index = INDEX.matcher(dictionary);
        Matcher widths = WIDTHS.matcher(dictionary);
        if (!dictionary.contains("/Type /XRef") || dictionary.contains("/Prev") || dictionary.contains("/DecodeParms")
                || !dictionary.contains("/Filter /FlateDecode") || !length.find() || !index.find() || !widths.find()
                || Integer.parseInt(index.group(1)) != self) {
            return pdf;
        }
        int w0 = Integer.parseInt(widths.group(1));
        int w1 = Integer.parseInt(widths.group(2));
        int w2 = Integer.parseInt(widths.group(3));
        int dataStart = header.end();
        int dataLength = Integer.parseInt(length.group(1));
        byte[] entries = inflate(pdf, dataStart, dataLength);
        if (entries == null || entries.length != self * (w0 + w1 + w2) || (w1 < 4 && offset >= 1L << (8 * w1))) {
            return pdf;
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream(entries.length + w0 + w1 + w2);
        table.writeBytes(entries);
        writeNumber(table, 1, w0);
        writeNumber(table, offset, w1);
        writeNumber(table, 0, w2);
        byte[] data = deflate(table.toByteArray());
        String newDictionary = dictionary
                .replace(length.group(), "/Length " + data.length)
                .replace(index.group(), "/Index [0 " + (self + 1) + "]")
                .replaceAll("/Size \\d+", "/Size " + (self + 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, offset);
        out.writeBytes((self + " 0 obj\n<<" + newDictionary + ">>\nstream" + header.group(3))
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.write(pdf, dataStart + dataLength, pdf.length - dataStart - dataLength);
        return out.toByteArray();
    }

    private static void writeNumber(ByteArrayOutputStream out, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static byte[] inflate(byte[] pdf, int start, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, start, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
