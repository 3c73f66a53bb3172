package nl.opmaat.core.document;

import java.util.HashSet;
import java.util.Set;
import nl.opmaat.core.load.Slugs;

/**
 * Hands out unique heading ids. They start with a letter (XML ids and DOCX bookmark names must) and stay within 40
 * characters (Word's bookmark limit); a repeated heading gets {@code -2}, {@code -3}, … so every bookmark is unique.
 */
final class HeadingIds {

    static final int MAX_LENGTH = 40;
    private final Set<String> used = new HashSet<>();

    String next(String title) {
        String base = Slugs.of(title);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "h-" + base;
        }
        base = trim(base, MAX_LENGTH - 4);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String trim(String id, int max) {
        String cut = id.length() <= max ? id : id.substring(0, max);
        return cut.replaceAll("-+$", "");
    }
}
