package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import org.junit.jupiter.api.Test;

class ReadabilityCheckerTest {

    private static final ReadabilityChecker DEFAULTS =
            new ReadabilityChecker(ReadabilityThresholds.defaults(), JargonDetector.withBuiltIn(List.of()));
    /** Twelve short easy words in two sentences: passes every rule. */
    private static final String EASY = "De school helpt uw kind. Samen met u maakt de school een plan.";

    private static List<Finding> findings(String rule, ReadabilityChecker checker, String... paragraphs) {
        return checker.check(TestTexts.paragraphs(paragraphs)).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static String words(int n) {
        return String.join(" ", Collections.nCopies(n, "kat"));
    }

    @Test
    void sentenceLengthFailsOnASentenceOverTwentyWords() {
        String longOne = "De " + words(19) + " zit."; // 21 words
        List<Finding> found = findings(ReadabilityRules.SENTENCE_LENGTH, DEFAULTS, EASY + " " + EASY, EASY + " " + longOne);
        assertEquals(1, found.size(), found.toString());
        assertEquals("test.md:2:1", found.get(0).position().toString(), "a fixed anchor keeps the paragraph's position");
        assertTrue(found.get(0).message().contains("21"));
        assertEquals(Severity.WAARSCHUWING, found.get(0).severity());
    }

    @Test
    void sentenceLengthPointsAtTheSentenceInMarkdown() {
        String markdown = "# Titel\n\nKort. Nog kort.\nDe " + words(19) + " zit.\n";
        List<Finding> found = DEFAULTS.check(TestTexts.markdown(markdown)).stream()
                .filter(f -> f.ruleId().equals(ReadabilityRules.SENTENCE_LENGTH) && f.message().contains("21")).toList();
        assertEquals(1, found.size());
        assertEquals("test.md:4:1", found.get(0).position().toString());
    }

    @Test
    void sentenceLengthFailsOnAHighAverage() {
        String thirteen = "De " + words(11) + " zit."; // 13 words each: average 13 > 12, none over 20
        List<Finding> found = findings(ReadabilityRules.SENTENCE_LENGTH, DEFAULTS, thirteen + " " + thirteen);
        assertEquals(1, found.size());
        assertEquals("test.md:1:1", found.get(0).position().toString());
        assertTrue(found.get(0).message().contains("13"), found.get(0).message());
    }

    @Test
    void sentenceLengthPassesShortSentences() {
        assertEquals(List.of(), findings(ReadabilityRules.SENTENCE_LENGTH, DEFAULTS, EASY, EASY));
    }

    @Test
    void readingEaseFailsOnLongWordsAndPassesOnShortOnes() {
        List<Finding> hard = findings(ReadabilityRules.READING_EASE, DEFAULTS,
                "Het samenwerkingsverband stelt het ondersteuningsplan vast.");
        assertEquals(1, hard.size());
        assertTrue(hard.get(0).message().contains("8,8"), hard.get(0).message()); // 8.76 rounded, Dutch decimal comma
        assertEquals(List.of(), findings(ReadabilityRules.READING_EASE, DEFAULTS, EASY));
    }

    @Test
    void jargonFailsWhenUnexplainedAndPassesWhenExplained() {
        List<Finding> found = findings(ReadabilityRules.JARGON, DEFAULTS, "Uw kind krijgt een arrangement.");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("arrangement"));
        assertTrue(found.get(0).hint().contains("Een arrangement is extra hulp"), found.get(0).hint());
        assertEquals(List.of(), findings(ReadabilityRules.JARGON, DEFAULTS,
                "Uw kind krijgt een arrangement. Dat is extra hulp in de klas."));
    }

    @Test
    void passiveVoiceFailsAboveTheShareAndPassesAtIt() {
        List<Finding> found = findings(ReadabilityRules.PASSIVE_VOICE, DEFAULTS,
                "Het plan wordt vastgesteld.", "De school helpt.", "Het geld wordt verdeeld.");
        assertEquals(2, found.size());
        assertEquals(List.of("test.md:1:1", "test.md:3:1"), found.stream().map(f -> f.position().toString()).toList());
        // One passive sentence in ten is exactly 10 percent: allowed.
        String[] ten = new String[10];
        ten[0] = "Het plan wordt vastgesteld.";
        for (int i = 1; i < 10; i++) {
            ten[i] = "De school helpt.";
        }
        assertEquals(List.of(), findings(ReadabilityRules.PASSIVE_VOICE, DEFAULTS, ten));
    }

    @Test
    void paragraphLengthFailsOverTheLimitAndIgnoresLists() {
        String hundred = String.join(" ", Collections.nCopies(20, "De kat zit hier nu."));
        assertEquals(List.of(), findings(ReadabilityRules.PARAGRAPH_LENGTH, DEFAULTS, hundred));
        List<Finding> found = findings(ReadabilityRules.PARAGRAPH_LENGTH, DEFAULTS, EASY, hundred + " Kort.");
        assertEquals(1, found.size());
        assertEquals("test.md:2:1", found.get(0).position().toString());
        String list = "- " + String.join("\n- ", Collections.nCopies(30, "De kat zit hier nu."));
        assertEquals(List.of(), DEFAULTS.check(TestTexts.markdown(list)).stream()
                .filter(f -> f.ruleId().equals(ReadabilityRules.PARAGRAPH_LENGTH)).toList());
    }

    @Test
    void thresholdsCanBeChanged() {
        String longOne = "De " + words(19) + " zit."; // 21 words
        ReadabilityChecker lenient = new ReadabilityChecker(
                ReadabilityThresholds.defaults().with(Map.of("b1.zinslengte.max", "25", "b1.zinslengte.gemiddeld", "30")),
                JargonDetector.withBuiltIn(List.of()));
        assertEquals(List.of(), findings(ReadabilityRules.SENTENCE_LENGTH, lenient, longOne));
        ReadabilityChecker strict = new ReadabilityChecker(ReadabilityThresholds.defaults().with("b1.leesbaarheid.min", "130"),
                JargonDetector.withBuiltIn(List.of()));
        assertEquals(1, findings(ReadabilityRules.READING_EASE, strict, EASY).size());
    }

    @Test
    void badThresholdsGiveDutchMessages() {
        ReadabilityThresholds t = ReadabilityThresholds.defaults();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> t.with("b1.woorden", "3"));
        assertTrue(unknown.getMessage().startsWith("Onbekende drempel b1.woorden"), unknown.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> t.with("b1.zinslengte.max", "lang"));
        assertTrue(nan.getMessage().contains("moet een getal zijn"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.with("b1.zinslengte.max", "-1"));
        assertEquals(12.5, t.with("b1.zinslengte.gemiddeld", "12,5").maxAverageSentenceWords());
    }

    @Test
    void anEmptyTextHasNoFindings() {
        assertEquals(List.of(), DEFAULTS.check(TestTexts.paragraphs()));
    }
}
