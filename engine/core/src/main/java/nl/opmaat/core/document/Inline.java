package nl.opmaat.core.document;

import java.util.List;

/**
 * Inline content within a paragraph, heading or table cell.
 *
 * <p>As with {@link Block}, code that handles every kind of inline walks it with a {@link Visitor}, so a new kind
 * fails to compile where it must be handled instead of being dropped silently.
 */
public sealed interface Inline {

    /** Calls the visitor's method for this kind of inline. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of inline; a walk that implements it must decide what each kind means. */
    interface Visitor<R> {
        R visit(Text text);

        R visit(Emphasis emphasis);

        R visit(Strong strong);

        R visit(Code code);

        R visit(Link link);

        R visit(FootnoteRef footnoteRef);

        R visit(LineBreak lineBreak);

        R visit(Inserted inserted);

        R visit(Deleted deleted);
    }

    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A link; {@code target} is an external URL or {@code #id} of a heading in the same document. */
    record Link(String target, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A reference to footnote {@code number} (1-based). */
    record FootnoteRef(int number) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Words that a newer version of the plan added (a redline, {@code opmaat diff}): DOCX writes a tracked insertion,
     * HTML and PDF an {@code <ins>} with a visible marker.
     */
    record Inserted(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Words that a newer version of the plan removed: a tracked deletion in DOCX, a marked {@code <del>} elsewhere. */
    record Deleted(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
