package nl.opmaat.core.readability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readability figures of one text. Headings are left out; paragraphs and list items count.
 *
 * @param sentences        number of sentences
 * @param words            number of words in them
 * @param syllables        syllables in those words ({@link SyllableCounter})
 * @param longWords        words of four syllables or more
 * @param sentencesOver15  sentences of more than 15 words
 * @param sentencesOver20  sentences of more than 20 words
 * @param longestSentence  words in the longest sentence
 * @param passiveSentences sentences in the passive voice ({@link PassiveVoiceDetector})
 * @param paragraphs       paragraphs (list items not included)
 * @param longParagraphs   paragraphs of more than the given number of words
 */
public record ReadabilityScore(int sentences, int words, int syllables, int longWords, int sentencesOver15,
                               int sentencesOver20, int longestSentence, int passiveSentences, int paragraphs,
                               int longParagraphs) {

    /** Computes the figures; {@code maxParagraphWords} decides what a long paragraph is. */
    public static ReadabilityScore of(List<Sentence> all, SyllableCounter syllableCounter,
                                      PassiveVoiceDetector passive, int maxParagraphWords) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int longWords = 0;
        int over15 = 0;
        int over20 = 0;
        int longest = 0;
        int passives = 0;
        Map<Integer, Integer> paragraphWords = new LinkedHashMap<>();
        for (Sentence sentence : all) {
            if (!sentence.counts()) {
                continue;
            }
            int n = sentence.words().size();
            sentences++;
            words += n;
            longest = Math.max(longest, n);
            over15 += n > 15 ? 1 : 0;
            over20 += n > 20 ? 1 : 0;
            passives += passive.isPassive(sentence) ? 1 : 0;
            for (String word : sentence.words()) {
                int s = syllableCounter.count(word);
                syllables += s;
                longWords += s >= 4 ? 1 : 0;
            }
            if (sentence.kind() == TextBlock.Kind.PARAGRAPH) {
                paragraphWords.merge(sentence.block(), n, Integer::sum);
            }
        }
        int longParagraphs = (int) paragraphWords.values().stream().filter(w -> w > maxParagraphWords).count();
        return new ReadabilityScore(sentences, words, syllables, longWords, over15, over20, longest, passives,
                paragraphWords.size(), longParagraphs);
    }

    /** Words per sentence; 0 for a text without sentences. */
    public double averageSentenceWords() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    /** Syllables per 100 words; 0 for a text without words. */
    public double syllablesPer100Words() {
        return words == 0 ? 0 : 100.0 * syllables / words;
    }

    /**
     * Flesch-Douma reading ease: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. Higher is easier;
     * 60–70 is ordinary text for adults, B1 texts aim at 65 or more. {@code NaN} for a text without words.
     */
    public double fleschDouma() {
        if (words == 0) {
            return Double.NaN;
        }
        return 206.84 - 0.77 * syllablesPer100Words() - 0.93 * averageSentenceWords();
    }

    /** Share (0–1) of sentences over 15 words. */
    public double shareOver15() {
        return share(sentencesOver15, sentences);
    }

    /** Share (0–1) of sentences over 20 words. */
    public double shareOver20() {
        return share(sentencesOver20, sentences);
    }

    /** Share (0–1) of words of four syllables or more. */
    public double shareLongWords() {
        return share(longWords, words);
    }

    /** Share (0–1) of sentences in the passive voice. */
    public double sharePassive() {
        return share(passiveSentences, sentences);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
