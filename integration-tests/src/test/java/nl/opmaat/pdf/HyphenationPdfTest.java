package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Dutch hyphenation in the PDF, measured on the PDF itself: body lines end in a hyphen inside real words of the plan,
 * the extracted text carries no soft hyphen, and headings, tables, links and the cover never get one.
 */
class HyphenationPdfTest {

    private static final Pattern NOT_HYPHENATED = Pattern.compile(
            "<(h[1-6]|td|th|a|caption)\\b[^>]*>(.*?)</\\1>|<div class=\"cover\">(.*?)</div>\\s*<", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[^\\s<>]+");

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "vo-zuidoost-utrecht"})
    void bodyLinesBreakInsideRealWordsAndTheTextCarriesNoSoftHyphen(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        Set<String> words = new HashSet<>();
        Matcher w = Pattern.compile("\\p{L}+").matcher(Hyphenation.withoutSoftHyphens(rendered.html()));
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains(String.valueOf(Hyphenation.SOFT_HYPHEN)), plan + ": a soft hyphen in the text");
            String[] lines = text.split("\\R");
            int hyphenated = 0;
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i + 1 < lines.length; i++) {
                Matcher end = Pattern.compile("(\\p{Ll}*\\p{L})-$").matcher(lines[i].strip());
                Matcher start = Pattern.compile("^(\\p{Ll}+)").matcher(lines[i + 1].strip());
                if (end.find() && start.find()) {
                    String joined = (end.group(1) + start.group(1)).toLowerCase(Locale.ROOT);
                    if (words.contains(joined)) {
                        hyphenated++;
                        if (joined.length() < Hyphenation.MIN_LETTERS) {
                            wrong.add(lines[i] + " / " + lines[i + 1]);
                        }
                    }
                }
            }
            assertEquals(List.of(), wrong, plan + ": short words broken");
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
