package nl.opmaat.api;

import java.util.Comparator;

/**
 * A place in a plan file that a finding points at.
 *
 * @param file   path of the file relative to the plan directory, with forward slashes (e.g. {@code plan.yaml})
 * @param line   1-based line number; 0 when only the file is known
 * @param column 1-based column number; 0 when only the file (or line) is known
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::file)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file is required");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** The position of a whole file, without line or column. */
    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }
}
