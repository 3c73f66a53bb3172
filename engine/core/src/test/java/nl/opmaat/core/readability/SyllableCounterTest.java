package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllableCounterTest {

    private final SyllableCounter counter = new SyllableCounter();

    @Test
    void countsEveryWordOfTheLabelledListCorrectly() {
        List<String> lines = TestTexts.lines("syllables.txt");
        assertTrue(lines.size() >= 150, "the labelled list must hold at least 150 words, has " + lines.size());
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            int expected = Integer.parseInt(parts[1]);
            int actual = counter.count(parts[0]);
            if (actual != expected) {
                wrong.add(parts[0] + ": expected " + expected + ", counted " + actual);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void diaeresisStartsANewSyllable() {
        assertEquals(5, counter.count("geïnteresseerd"));
        assertEquals(4, counter.count("geinteresseerd"), "without the diaeresis 'ei' is read as one vowel");
    }

    @Test
    void capitalsDoNotChangeTheCount() {
        assertEquals(counter.count("samenwerkingsverband"), counter.count("Samenwerkingsverband"));
    }

    @Test
    void tokensWithoutLettersOrDigitsHaveNoSyllables() {
        assertEquals(0, counter.count("–"));
        assertEquals(0, counter.count(""));
    }

    @Test
    void numbersGetARoughSpokenLength() {
        assertEquals(1, counter.count("6"));
        assertEquals(4, counter.count("2026"));
    }
}
