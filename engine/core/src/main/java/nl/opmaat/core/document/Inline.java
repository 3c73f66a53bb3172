package nl.opmaat.core.document;

import java.util.List;

/** Inline content within a paragraph, heading or table cell. */
public sealed interface Inline {

    record Text(String text) implements Inline {
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
    }

    /** A link; {@code target} is an external URL or {@code #id} of a heading in the same document. */
    record Link(String target, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** A reference to footnote {@code number} (1-based). */
    record FootnoteRef(int number) implements Inline {
    }

    record LineBreak() implements Inline {
    }

    /**
     * Words that a newer version of the plan added (a redline, {@code opmaat diff}): DOCX writes a tracked insertion,
     * HTML and PDF an {@code <ins>} with a visible marker.
     */
    record Inserted(String text) implements Inline {
    }

    /** Words that a newer version of the plan removed: a tracked deletion in DOCX, a marked {@code <del>} elsewhere. */
    record Deleted(String text) implements Inline {
    }
}
