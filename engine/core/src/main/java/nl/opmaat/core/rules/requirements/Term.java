package nl.opmaat.core.rules.requirements;

import java.util.List;
import nl.opmaat.core.rules.requirements.DutchWords.Word;

/**
 * An evidence term of a requirement: one word or a phrase. A phrase matches when its words occur in order, each within
 * a few words of the one before ("bezwaar maken" in "bezwaar kunnen maken"). A word matches a word of the text with the
 * same stem, or, when it has five or more letters, a longer compound that contains it ("bezwaar" in
 * "bezwaaradviescommissie"): Dutch writes compounds as one word, and the stemmer leaves them whole.
 */
record Term(String text, List<Word> words) {

    /** Words that may stand between two words of a phrase. */
    private static final int GAP = 3;
    static final int COMPOUND_MIN = 5;

    static Term of(String text) {
        List<Word> words = DutchWords.words(text);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("evidence term without words: '" + text + "'");
        }
        return new Term(text, words);
    }

    /** True when the term occurs in {@code sentence} (the words of one sentence). */
    boolean occursIn(List<Word> sentence) {
        return firstMatch(sentence) >= 0;
    }

    /** The index of the word where the term's first occurrence starts, or -1. */
    int firstMatch(List<Word> sentence) {
        for (int start = 0; start < sentence.size(); start++) {
            if (matches(words.get(0), sentence.get(start)) && restFrom(sentence, start + 1, 1)) {
                return start;
            }
        }
        return -1;
    }

    private boolean restFrom(List<Word> sentence, int from, int index) {
        if (index == words.size()) {
            return true;
        }
        int until = Math.min(sentence.size(), from + GAP + 1);
        for (int i = from; i < until; i++) {
            if (matches(words.get(index), sentence.get(i)) && restFrom(sentence, i + 1, index + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Word term, Word word) {
        if (term.stem().equals(word.stem()) || term.surface().equals(word.surface())) {
            return true;
        }
        return term.surface().length() >= COMPOUND_MIN && word.surface().length() > term.surface().length()
                && word.surface().contains(term.surface());
    }
}
