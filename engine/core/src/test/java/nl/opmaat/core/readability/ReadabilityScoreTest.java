package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityScoreTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private ReadabilityScore score(TextSource text) {
        return ReadabilityScore.of(splitter.split(text), new SyllableCounter(), new PassiveVoiceDetector(), 100);
    }

    @Test
    void fleschDoumaOfAnEasyText() {
        // De(1) kat(1) zit(1) op(1) de(1) mat(1). Hij(1) slaapt(1).  → 8 words, 8 syllables, 2 sentences.
        ReadabilityScore s = score(TestTexts.paragraphs("De kat zit op de mat. Hij slaapt."));
        assertEquals(2, s.sentences());
        assertEquals(8, s.words());
        assertEquals(8, s.syllables());
        double expected = 206.84 - 0.77 * (100.0 * 8 / 8) - 0.93 * (8.0 / 2); // = 126.12
        assertEquals(expected, s.fleschDouma(), 1e-9);
        assertEquals(126.12, s.fleschDouma(), 1e-9);
    }

    @Test
    void fleschDoumaOfAHardText() {
        // Het(1) samenwerkingsverband(6) stelt(1) het(1) ondersteuningsplan(5) vast(1). → 6 words, 15 syllables.
        ReadabilityScore s = score(TestTexts.paragraphs("Het samenwerkingsverband stelt het ondersteuningsplan vast."));
        assertEquals(1, s.sentences());
        assertEquals(6, s.words());
        assertEquals(15, s.syllables());
        assertEquals(2, s.longWords());
        assertEquals(206.84 - 0.77 * 250 - 0.93 * 6, s.fleschDouma(), 1e-9); // = 8.76
        assertEquals(2.0 / 6, s.shareLongWords(), 1e-9);
    }

    @Test
    void fleschDoumaOfAnOrdinaryParagraph() {
        // Ouders(2) krijgen(2) een(1) brief(1) van(1) de(1) school(1). = 7 words, 9 syllables
        // In(1) de(1) brief(1) staat(1) wanneer(2) het(1) gesprek(2) is(1). = 8 words, 10 syllables
        // Neem(1) uw(1) vragen(2) mee(1). = 4 words, 5 syllables
        ReadabilityScore s = score(TestTexts.paragraphs(
                "Ouders krijgen een brief van de school. In de brief staat wanneer het gesprek is. Neem uw vragen mee."));
        assertEquals(3, s.sentences());
        assertEquals(19, s.words());
        assertEquals(24, s.syllables());
        assertEquals(206.84 - 0.77 * (2400.0 / 19) - 0.93 * (19.0 / 3), s.fleschDouma(), 1e-9);
    }

    @Test
    void sharesOfLongSentencesPassiveAndLongParagraphs() {
        String sixteen = "Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien.";
        String twentyOne = "Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
                + "zeventien achttien negentien twintig eenentwintig.";
        ReadabilityScore s = score(TestTexts.paragraphs(sixteen + " Het plan wordt vastgesteld.", twentyOne));
        assertEquals(3, s.sentences());
        assertEquals(1, s.sentencesOver20());
        assertEquals(2, s.sentencesOver15());
        assertEquals(21, s.longestSentence());
        assertEquals(1, s.passiveSentences());
        assertEquals(2, s.paragraphs());
        assertEquals(0, s.longParagraphs());
        assertEquals(2.0 / 3, s.shareOver15(), 1e-9);
        assertEquals(1.0 / 3, s.shareOver20(), 1e-9);
    }

    @Test
    void headingsAreNotSentencesOfTheText() {
        ReadabilityScore s = score(TestTexts.markdown("# Een kop van zes woorden lang\n\nKort.\n"));
        assertEquals(1, s.sentences());
        assertEquals(1, s.words());
    }

    @Test
    void anEmptyTextHasNoScore() {
        ReadabilityScore s = score(TestTexts.paragraphs());
        assertEquals(0, s.sentences());
        assertTrue(Double.isNaN(s.fleschDouma()));
        assertEquals(List.of(), new SentenceSplitter().split(TestTexts.paragraphs()));
    }
}
