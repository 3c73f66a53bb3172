package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.document.Hyphenation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dutch hyphenation in the PDF, measured on the PDF itself: body lines break inside real words of the plan at their soft
 * hyphens, PDFBox's text extraction gives those words without the drawn hyphen (its {@code /ActualText}) and without a
 * soft hyphen, and headings, tables, links and the cover never get one.
 */
class HyphenationPdfTest {

    private static final Pattern NOT_HYPHENATED = Pattern.compile(
            "<(h[1-6]|td|th|a|caption)\\b[^>]*>(.*?)</\\1>|<div class=\"cover\">(.*?)</div>\\s*<", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[^\\s<>]+");

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "vo-zuidoost-utrecht"})
    void bodyLinesBreakInsideRealWordsAndTheTextCarriesNoSoftHyphen(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        Set<String> breakPoints = SoftHyphenBreaks.breakPoints(rendered.html());
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains(String.valueOf(Hyphenation.SOFT_HYPHEN)), plan + ": a soft hyphen in the text");
            String[] lines = text.split("\\R");
            int hyphenated = 0;
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i + 1 < lines.length; i++) {
                // A line broken inside a word ends in its letters; one that ends in a whole word keeps a space after it.
                Matcher end = Pattern.compile("(\\p{L}+)(-?)$").matcher(lines[i]);
                Matcher start = Pattern.compile("^(\\p{L}+)").matcher(lines[i + 1].strip());
                if (end.find() && start.find() && breakPoints.contains(end.group(1) + "|" + start.group(1))) {
                    hyphenated++;
                    String joined = end.group(1) + start.group(1);
                    if (joined.length() < Hyphenation.MIN_LETTERS) {
                        wrong.add("short word broken: " + lines[i] + " / " + lines[i + 1]);
                    }
                    if (!end.group(2).isEmpty()) {
                        // The drawn hyphen carries /ActualText U+00AD (SoftHyphenBreaks), which PDFBox honours.
                        wrong.add("the line-break hyphen is extracted as text: " + lines[i] + " / " + lines[i + 1]);
                    }
                }
            }
            assertEquals(List.of(), wrong, plan);
            assertTrue(hyphenated >= 50, plan + ": only " + hyphenated + " lines end inside a word");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "vo-zuidoost-utrecht", "po-22-02-emmen"})
    void headingsTablesLinksCoverNumbersAndAddressesAreNeverHyphenated(String plan) {
        String html = ShippedPlans.get(plan).html();
        String soft = String.valueOf(Hyphenation.SOFT_HYPHEN);
        Matcher m = NOT_HYPHENATED.matcher(html);
        List<String> wrong = new ArrayList<>();
        while (m.find()) {
            if (m.group().contains(soft)) {
                wrong.add(m.group().replace(soft, "|"));
            }
        }
        Matcher words = WORD.matcher(html);
        int softWords = 0;
        while (words.find()) {
            String word = words.group();
            if (word.contains(soft)) {
                softWords++;
                String plain = Hyphenation.withoutSoftHyphens(word).replaceAll("[^\\p{L}]", "");
                if (word.matches(".*(\\d|@|://|www\\.|/).*") || plain.length() < Hyphenation.MIN_LETTERS) {
                    wrong.add(word.replace(soft, "|"));
                }
            }
        }
        assertEquals(List.of(), wrong, plan);
        assertTrue(softWords > 100, plan + ": only " + softWords + " words hyphenated");
    }
}
