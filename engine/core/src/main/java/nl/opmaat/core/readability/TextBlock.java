package nl.opmaat.core.readability;

import java.util.List;
import nl.opmaat.api.SourcePosition;

/**
 * One block of running text (a heading, a paragraph or a list item) as plain text, with where each part of it came
 * from. Blocks never share a sentence: a heading or list item without a full stop still ends where the block ends.
 *
 * @param anchors sorted by offset, the first at offset 0; see {@link Anchor}
 */
public record TextBlock(Kind kind, String text, List<Anchor> anchors) {

    /** What kind of block; headings are not counted as sentences in the figures but do count for jargon. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM }

    /**
     * From {@code offset} in the block text on, characters come from {@code position}. When {@code advances} is true
     * the column moves along with the text (Markdown source); otherwise every character maps to the same position
     * (generated text that comes from one fact in {@code plan.yaml}).
     */
    public record Anchor(int offset, SourcePosition position, boolean advances) {
    }

    public TextBlock {
        anchors = List.copyOf(anchors);
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("a text block needs at least one anchor");
        }
    }

    /** A block whose every character maps to {@code at}. */
    public static TextBlock fixed(Kind kind, String text, SourcePosition at) {
        return new TextBlock(kind, text, List.of(new Anchor(0, at, false)));
    }

    /** The source position of the character at {@code offset} (0-based) in {@link #text()}. */
    public SourcePosition positionAt(int offset) {
        Anchor found = anchors.get(0);
        for (Anchor anchor : anchors) {
            if (anchor.offset() <= offset) {
                found = anchor;
            } else {
                break;
            }
        }
        SourcePosition p = found.position();
        if (!found.advances() || p.column() == 0) {
            return p;
        }
        return new SourcePosition(p.file(), p.line(), p.column() + Math.max(0, offset - found.offset()));
    }
}
