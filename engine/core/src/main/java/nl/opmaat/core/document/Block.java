package nl.opmaat.core.document;

import java.util.List;

/** A block-level element of the document tree. */
public sealed interface Block {

    /**
     * A heading. {@code id} is a unique anchor for bookmarks and cross-references. Chapter headings are level 1.
     */
    record Heading(int level, List<Inline> text, String id, Numbering numbering) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    /** How a heading is numbered: not at all (cover, TOC), 1 / 1.1 / 1.1.1, or as an appendix (Bijlage A, A.1). */
    enum Numbering { NONE, NUMBERED, APPENDIX }

    /** A paragraph of inline content. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A bullet or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
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
    }

    /**
     * An image with its alt text (required) and an optional caption; {@code data} is the image bytes,
     * {@code mediaType} {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}.
     */
    record Figure(byte[] data, String mediaType, String alt, String caption) implements Block {
    }

    /** A quotation or call-out. */
    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** Generated table of contents: writers fill it from the headings (PDF with page numbers, DOCX as a TOC field). */
    record TableOfContents() implements Block {
    }

    /** Start the next block on a new page. */
    record PageBreak() implements Block {
    }
}
