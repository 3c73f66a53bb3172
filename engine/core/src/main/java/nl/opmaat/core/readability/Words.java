package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: whitespace-separated tokens with at least one letter or digit, outer punctuation removed.
 * Web addresses and e-mail addresses are not words a reader reads syllable by syllable; they are left out.
 */
public final class Words {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

    private Words() {
    }

    /** The number of words in {@code text}. */
    public static int count(String text) {
        return of(text).size();
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SPACES.split(text)) {
            String word = trim(token);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit) && !isAddress(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isAddress(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("@") || lower.startsWith("http://") || lower.startsWith("https://")
                || lower.startsWith("www.");
    }

    /** Removes punctuation at both ends but keeps it inside (o.a, 1.250, e-mail, TLV's). */
    static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }
}
