package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words: whitespace-separated tokens with at least one letter or digit, outer punctuation removed. */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split("[\\s\\u00a0]+")) {
            String word = trim(token);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
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
