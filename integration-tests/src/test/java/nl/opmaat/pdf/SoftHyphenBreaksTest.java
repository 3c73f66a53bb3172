package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.document.Hyphenation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word hyphenated at a line break reads as one word in the tagged text, the way a screen reader or a copy in a viewer
 * that honours replacement text reads it: PDFBox's marked-content extraction with {@code /ActualText} gives
 * "ondersteu" + U+00AD at the end of one line and "ningsplan" at the start of the next, never "ondersteu-". A real
 * hyphen at a line end stays a hyphen. (PDF/UA and PDF/A of these plans: {@code ShippedPlansPdfTest}.)
 */
class SoftHyphenBreaksTest {

    private static final String SOFT = String.valueOf(Hyphenation.SOFT_HYPHEN);
    private static final Pattern END = Pattern.compile("(\\p{L}+)([-\u00AD])$");
    private static final Pattern START = Pattern.compile("^(\\p{L}+)");

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "vo-zuidoost-utrecht"})
    void aWordBrokenAtASoftHyphenReadsWholeInTheTaggedText(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        Set<String> softWords = new HashSet<>();
        Set<String> hyphenWords = new HashSet<>();
        Matcher w = Pattern.compile("[\\p{L}\u00AD-]+").matcher(rendered.html());
        while (w.find()) {
            String word = w.group();
            if (word.contains(SOFT)) {
                softWords.add(Hyphenation.withoutSoftHyphens(word));
            } else if (word.matches("\\p{L}+-\\p{L}+.*")) {
                hyphenWords.add(word);
            }
        }
        List<String> runs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if (!"Artifact".equals(content.getTag())) {
                        runs.add(text(content).strip());
                    }
                }
            }
        }
        int whole = 0;
        int realHyphens = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i + 1 < runs.size(); i++) {
            Matcher end = END.matcher(runs.get(i));
            Matcher start = START.matcher(runs.get(i + 1));
            if (!end.find() || !start.find()) {
                continue;
            }
            String joined = end.group(1) + start.group(1);
            boolean soft = end.group(2).equals(SOFT);
            if (soft && softWords.contains(joined)) {
                whole++;
            } else if (!soft && softWords.contains(joined)) {
                wrong.add(runs.get(i) + " / " + runs.get(i + 1));
            } else if (!soft && hyphenWords.contains(end.group(1) + "-" + start.group(1))) {
                realHyphens++;
            } else if (soft) {
                wrong.add("a soft hyphen where the XHTML has none: " + runs.get(i) + " / " + runs.get(i + 1));
            }
        }
        assertEquals(List.of(), wrong, plan + ": line-break hyphens read as text");
        assertTrue(whole >= 50, plan + ": only " + whole + " words broken at a soft hyphen read whole");
        System.out.println(plan + ": " + whole + " hyphenated words read whole, " + realHyphens
                + " real hyphens at a line end kept");
    }

    /** The text of a marked-content sequence, its replacement text where it has one. */
    private static String text(PDMarkedContent content) {
        if (content.getActualText() != null) {
            return content.getActualText();
        }
        StringBuilder out = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                out.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                out.append(text(inner));
            }
        }
        return out.toString();
    }
}
