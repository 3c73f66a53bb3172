package nl.opmaat.docx;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word bookmark names for heading ids. Word accepts only letters, digits and underscores, at most 40 characters,
 * starting with a letter; longer or other names are dropped or renamed when a user edits the document, and then
 * cross-references break. Names are assigned in document order, so the same document gives the same names.
 */
final class BookmarkNames {

    static final int MAX_LENGTH = 40;

    private final Map<String, String> byId = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** Registers a heading id (first registration wins) and returns its bookmark name. */
    String register(String id) {
        return byId.computeIfAbsent(id, this::newName);
    }

    /** The bookmark of a registered heading id. */
    Optional<String> lookup(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private String newName(String id) {
        String plain = Normalizer.normalize(id, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
            plain = "h_" + plain;
        }
        String base = plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH) : plain;
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }
}
