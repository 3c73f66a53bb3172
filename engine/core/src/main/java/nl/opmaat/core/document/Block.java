package nl.opmaat.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A block-level element of the document tree.
 *
 * <p>Code that handles every kind of block walks the tree with a {@link Visitor}, never with a chain of
 * {@code instanceof} tests: a new kind of block then fails to compile everywhere it must be handled, instead of being
 * dropped silently (Java 17 has no exhaustive pattern switch). {@code DocumentVisitorsTest} holds the visitor to the
 * permitted records.
 */
public sealed interface Block {

    /** Calls the visitor's method for this kind of block. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of block; a walk that implements it must decide what each kind means. */
    interface Visitor<R> {
        R visit(Heading heading);

        R visit(Paragraph paragraph);

        R visit(ListBlock list);

        R visit(Table table);

        R visit(Figure figure);

        R visit(Quote quote);

        R visit(Aside aside);

        R visit(TableOfContents toc);

        R visit(PageBreak pageBreak);
    }

    /**
     * A heading. {@code id} is a unique anchor for bookmarks and cross-references. Chapter headings are level 1.
     */
    record Heading(int level, List<Inline> text, String id, Numbering numbering) implements Block {
        public Heading {
            text = List.copyOf(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** How a heading is numbered: not at all (cover, TOC), 1 / 1.1 / 1.1.1, or as an appendix (Bijlage A, A.1). */
    enum Numbering { NONE, NUMBERED, APPENDIX }

    /** A paragraph of inline content. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A bullet or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A table with header rows (repeated on each page) and body rows; each cell is inline content.
     *
     * @param caption     may be empty
     * @param alignments  one per column: {@code left}, {@code center} or {@code right}
     */
    record Table(String caption, List<List<List<Inline>>> header, List<List<List<Inline>>> rows, List<String> alignments)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            alignments = List.copyOf(alignments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * An image with its alt text (required) and an optional caption; {@code data} is the image bytes,
     * {@code mediaType} {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}.
     */
    record Figure(byte[] data, String mediaType, String alt, String caption) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A quotation or call-out. */
    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A box set apart from the running text, with a heading of its own: the parent summary's contact box ("Heeft u een
     * vraag?" with the SWV's address, phone, e-mail and website). Not a {@link Quote}: a screen reader announces a
     * quote as quoted words, and nobody is quoted here. Writers draw it framed and keep it on one page (HTML
     * {@code <aside>} with its heading, DOCX a one-cell table); its heading is an ordinary heading for the outline.
     */
    record Aside(Heading heading, List<Block> content) implements Block {
        public Aside {
            Objects.requireNonNull(heading, "an aside has a heading");
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Generated table of contents: writers fill it from the headings (PDF with page numbers, DOCX as a TOC field). */
    record TableOfContents() implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Start the next block on a new page. */
    record PageBreak() implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
