package nl.opmaat.core.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Heading anchors as {@code paragraaf:} references write them. */
public final class Slugs {

    // Compiled once: every heading of every plan passes here (String.replaceAll compiled all three on each call).
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** {@code "Ouder- en jeugdsteunpunt (OJSP)"} → {@code ouder-en-jeugdsteunpunt-ojsp}; accents stripped. */
    public static String of(String heading) {
        String plain = MARKS.matcher(Normalizer.normalize(heading, Normalizer.Form.NFKD)).replaceAll("");
        String dashed = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        return OUTER_DASHES.matcher(dashed).replaceAll("");
    }
}
