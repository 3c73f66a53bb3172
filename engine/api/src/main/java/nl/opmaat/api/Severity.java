package nl.opmaat.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious a finding is, in the Inspectie's terms. Declared from most to least serious.
 */
public enum Severity {
    /** The Inspectie would order a repair (herstelopdracht). */
    FOUT,
    /** A likely remark of the Inspectie. */
    WAARSCHUWING,
    /** Good practice. */
    ADVIES;

    /** The lower-case Dutch word used in files, options and reports ({@code fout}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code level} or more. */
    public boolean atLeast(Severity level) {
        return compareTo(level) <= 0;
    }

    /** Parses {@code fout}, {@code waarschuwing} or {@code advies}, ignoring case. */
    public static Optional<Severity> fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
