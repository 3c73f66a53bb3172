package nl.opmaat.core.load;

import java.text.Normalizer;
import java.util.Locale;

/** Heading anchors as {@code paragraaf:} references write them. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Ouder- en jeugdsteunpunt (OJSP)"} → {@code ouder-en-jeugdsteunpunt-ojsp}; accents stripped. */
    public static String of(String heading) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
