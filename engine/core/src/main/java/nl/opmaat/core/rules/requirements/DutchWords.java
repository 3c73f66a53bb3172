package nl.opmaat.core.rules.requirements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Splits Dutch text into words and stems them with Lucene's Snowball Dutch stemmer, so "leerlingen" and "leerling", or
 * "beslist" and "beslissen", match the same evidence term. Words are lower-cased and stripped of diacritics first
 * ("geïnformeerd" and "geinformeerd" alike); hyphens and slashes split words ("SBO-school" is "sbo" and "school").
 */
final class DutchWords {

    /** Stems are pure functions of the word; plans repeat their words, so a shared cache saves most of the work. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DutchWords() {
    }

    /** One word of a text: as written (normalised) and its stem. */
    record Word(String surface, String stem) {
    }

    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        String normal = normalise(text);
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean letter = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String surface = normal.substring(start, i);
                out.add(new Word(surface, stem(surface)));
                start = -1;
            }
        }
        return out;
    }

    static String stem(String word) {
        return STEMS.computeIfAbsent(word, DutchWords::computeStem);
    }

    private static String computeStem(String word) {
        // SnowballProgram keeps state: one instance per call is cheap and thread-safe.
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (Normalizer.isNormalized(lower, Normalizer.Form.NFD) && lower.chars().noneMatch(DutchWords::isMark)) {
            // Most Dutch sentences carry no diacritics: nothing to decompose or strip.
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
