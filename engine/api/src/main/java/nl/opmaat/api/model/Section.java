package nl.opmaat.api.model;

import nl.opmaat.api.SourcePosition;

/**
 * A heading in a chapter with the text that belongs to it (up to the next heading of the same or a higher level).
 *
 * @param anchor   slug of the title: lower case, accents stripped, other characters collapsed to {@code -}
 * @param level    1 for {@code #}, 2 for {@code ##}, …; 0 for a whole file without headings
 * @param position the heading's position (1-based)
 * @param text     plain text under the heading, subsections included, without the heading itself
 */
public record Section(String file, String anchor, String title, int level, SourcePosition position, String text) {
}
