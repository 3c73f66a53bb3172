package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Numbers footnotes across the whole document in order of first reference. Labels belong to one file: {@code [^1]} in
 * two chapters are two footnotes.
 */
final class Footnotes {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Footnote> notes = new ArrayList<>();

    /** The number of an already referenced footnote. */
    OptionalInt existing(String file, String label) {
        Integer n = numbers.get(key(file, label));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Reserves the next number for a first reference; the content follows with {@link #add}. */
    int reserve(String file, String label) {
        int n = numbers.size() + 1;
        numbers.put(key(file, label), n);
        return n;
    }

    void add(Footnote note) {
        notes.add(note);
    }

    List<Footnote> all() {
        return notes.stream().sorted(Comparator.comparingInt(Footnote::number)).toList();
    }

    private static String key(String file, String label) {
        return file + '\u0000' + label;
    }
}
