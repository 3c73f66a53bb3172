package nl.opmaat.api.model;

/**
 * A {@code paragraaf:} reference to a chapter file and, optionally, one heading in it.
 *
 * @param file    the Markdown file relative to the plan directory
 * @param anchor  the heading's slug, or empty for the whole file
 * @param pointer JSON pointer of the reference in {@code plan.yaml}, for positions
 */
public record SectionRef(String file, String anchor, String pointer) {

    /** The reference as written: {@code file#anchor}. */
    @Override
    public String toString() {
        return anchor.isEmpty() ? file : file + "#" + anchor;
    }
}
