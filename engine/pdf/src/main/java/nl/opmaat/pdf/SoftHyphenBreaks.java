package nl.opmaat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.document.Hyphenation;
import nl.opmaat.core.internal.Futures;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import nl.opmaat.api.theme.Theme;

/**
 * Marks the hyphen openhtmltopdf draws where a line breaks at a soft hyphen as what it is: a line-break hyphen, not a
 * character of the text. openhtmltopdf (1.1.65) appends a plain "-" to the text of a line that ends on a soft hyphen and
 * draws it inside that line's tagged content, so copying, searching and a screen reader got "ondersteu- ningsplan".
 * Each such hyphen is put in a marked-content span of its own whose {@code /ActualText} is U+00AD SOFT HYPHEN (ISO
 * 32000-1, 14.9.4 and 14.8.2.5: replacement text, and the soft hyphen for a hyphen that only marks a line break), so a
 * reader that honours replacement text joins the word again. The span is nested inside the line's own tagged content
 * (an artifact may not be), so PDF/UA and PDF/A stay as they were.
 *
 * <p>Which line-end hyphens are soft is decided from the XHTML, not guessed from the page: the word broken at the end
 * of one text run and continued at the start of the next must be a word the XHTML holds with a soft hyphen at exactly
 * that point. A real hyphen at a line end ("ouder-" before "en jeugdsteunpunt") is never such a point: {@link
 * Hyphenation} leaves words with hyphens alone. Runs with positioning ({@code TJ}, used only for justified text and
 * letter-spacing, which the writers do not use) are left as they are.
 */
final class SoftHyphenBreaks {

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}" + Hyphenation.SOFT_HYPHEN + "]+");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^(\\p{L}+)");
    /** UTF-16BE with its byte order mark: U+00AD. */
    private static final byte[] SOFT_HYPHEN_TEXT = {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xAD};

    private SoftHyphenBreaks() {
    }

    /** What marking needs from the XHTML and the theme; made beside the layout, which needs neither. */
    record Preparation(Set<String> breaks, GlyphLetters letters) {
    }

    /**
     * Starts the preparation on a thread of its own and returns at once: finding the break points in the XHTML and
     * reading the theme's fonts took a tenth of marking, and the layout that comes first leaves the second core idle.
     */
    static Future<Preparation> prepareAside(String xhtml, Theme theme) {
        return Futures.onDaemonThread("opmaat-pdf-hyphens", () -> prepare(xhtml, theme));
    }

    static Preparation prepare(String xhtml, Theme theme) {
        Set<String> breaks = breakPoints(xhtml);
        return new Preparation(breaks, breaks.isEmpty() ? null : GlyphLetters.of(theme));
    }

    /**
     * Marks every soft-hyphen break in {@code document}, the rendered document before it is saved. Its fonts are only
     * subset, and get their ToUnicode maps, when it is saved; so glyph codes are read back into letters through the
     * theme's own font files (openhtmltopdf writes each font as Identity-H, where a code is the font's glyph id).
     *
     * <p>Parsing the content streams was most of the work and only reads bytes, so the streams of a few pages at a time
     * are parsed side by side, one per core; everything that reads or changes the document stays on this thread, in
     * page order, so the bytes are the same as one by one.
     */
    static void mark(PDDocument document, Preparation prepared) throws IOException {
        if (prepared.breaks().isEmpty()) {
            return;
        }
        List<PageStream> streams = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDStream stream : streams(page)) {
                streams.add(new PageStream(page, stream));
            }
        }
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int from = 0; from < streams.size(); from += batch) {
            List<PageStream> some = streams.subList(from, Math.min(streams.size(), from + batch));
            List<byte[]> contents = new ArrayList<>();
            for (PageStream one : some) {
                contents.add(bytes(one.stream()));
            }
            List<List<Object>> tokens = parseSideBySide(contents);
            for (int i = 0; i < some.size(); i++) {
                mark(some.get(i), tokens.get(i), prepared);
            }
        }
    }

    private record PageStream(PDPage page, PDStream stream) {
    }

    private static List<List<Object>> parseSideBySide(List<byte[]> contents) throws IOException {
        try {
            return contents.parallelStream().map(SoftHyphenBreaks::tokens).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Every way a soft-hyphenated word of the XHTML can be split at one of its soft hyphens, as the piece a line can end
     * with, "|", and the piece the next line starts with (each running from the break to the word's end or to the next
     * soft hyphen): "ondersteu|ningsplan", "onder|steu", ….
     */
    static Set<String> breakPoints(String xhtml) {
        Set<String> out = new HashSet<>();
        Matcher word = LETTERS.matcher(xhtml);
        while (word.find()) {
            String w = word.group();
            if (w.indexOf(Hyphenation.SOFT_HYPHEN) < 0) {
                continue;
            }
            String[] pieces = w.split(String.valueOf(Hyphenation.SOFT_HYPHEN), -1);
            for (int k = 1; k < pieces.length; k++) {
                for (int from = 0; from < k; from++) {
                    String before = String.join("", List.of(pieces).subList(from, k));
                    for (int to = k + 1; to <= pieces.length; to++) {
                        out.add(before + "|" + String.join("", List.of(pieces).subList(k, to)));
                    }
                }
            }
        }
        return out;
    }

    /** A text-showing operator of one content stream: where its string is, what it says, in which font. */
    private record Run(int index, COSString string, String text) {
    }

    private static void mark(PageStream one, List<Object> tokens, Preparation prepared) throws IOException {
        List<Run> runs = runs(tokens, one.page().getResources(), prepared.letters());
        List<Run> marked = new ArrayList<>();
        for (int i = 0; i + 1 < runs.size(); i++) {
            Matcher end = TRAILING_LETTERS.matcher(runs.get(i).text());
            Matcher start = LEADING_LETTERS.matcher(runs.get(i + 1).text());
            if (end.find() && start.find() && prepared.breaks().contains(end.group(1) + "|" + start.group(1))) {
                marked.add(runs.get(i));
            }
        }
        if (marked.isEmpty()) {
            return;
        }
        // From the last to the first, so the indexes of the runs before stay right.
        for (int m = marked.size() - 1; m >= 0; m--) {
            split(tokens, marked.get(m));
        }
        // Into the same stream object: the page and the file keep their objects and numbers.
        try (OutputStream os = one.stream().getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(tokens);
        }
    }

    private static List<PDStream> streams(PDPage page) {
        List<PDStream> streams = new ArrayList<>();
        for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
            streams.add(it.next());
        }
        return streams;
    }

    private static byte[] bytes(PDStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static List<Object> tokens(byte[] content) {
        try {
            return new PDFStreamParser(content).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code Tj} runs of a content stream in order, in fonts whose glyphs can be read back into letters. */
    private static List<Run> runs(List<Object> tokens, PDResources resources, GlyphLetters letters) throws IOException {
        List<Run> runs = new ArrayList<>();
        GlyphLetters.Face face = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            if ("Tf".equals(op.getName()) && i >= 2 && tokens.get(i - 2) instanceof COSName name) {
                face = resources == null ? null : letters.face(resources.getCOSObject().getCOSDictionary(COSName.FONT), name);
            } else if ("Tj".equals(op.getName()) && face != null && tokens.get(i - 1) instanceof COSString string) {
                runs.add(new Run(i, string, face.text(string.getBytes())));
            }
        }
        return runs;
    }

    /**
     * {@code <…ondersteu-> Tj} becomes {@code <…ondersteu> Tj /Span <</ActualText (U+00AD)>> BDC <-> Tj EMC}: the same
     * glyphs at the same places (the text position advances over the first part as before), inside the same text object
     * and the same tagged content.
     */
    private static void split(List<Object> tokens, Run run) throws IOException {
        byte[] bytes = run.string().getBytes();
        int last = bytes.length - GlyphLetters.CODE_BYTES;
        byte[] head = java.util.Arrays.copyOfRange(bytes, 0, last);
        byte[] hyphen = java.util.Arrays.copyOfRange(bytes, last, bytes.length);
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.getPDFName("ActualText"), new COSString(SOFT_HYPHEN_TEXT));
        List<Object> replacement = new ArrayList<>();
        if (head.length > 0) {
            replacement.add(new COSString(head));
            replacement.add(Operator.getOperator("Tj"));
        }
        replacement.add(COSName.getPDFName("Span"));
        replacement.add(properties);
        replacement.add(Operator.getOperator("BDC"));
        replacement.add(new COSString(hyphen));
        replacement.add(Operator.getOperator("Tj"));
        replacement.add(Operator.getOperator("EMC"));
        tokens.subList(run.index() - 1, run.index() + 1).clear();
        tokens.addAll(run.index() - 1, replacement);
    }
}
