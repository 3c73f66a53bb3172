package nl.opmaat.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Inlines;

/**
 * A document's blocks as a flat sequence of units that can be compared one by one: headings, paragraphs, list items
 * (with their depth), paragraphs in a quote, tables and figures. A redline compares units, then words inside changed
 * ones, and {@link Assembly} puts the units back into lists and quotes.
 */
final class TextUnits {

    enum Kind { HEADING, PARAGRAPH, ITEM, QUOTE, TABLE, FIGURE }

    /**
     * @param level   heading level, or list depth (0 = top) for an item
     * @param ordered for an item: numbered list
     * @param block   the source block, for tables, figures and headings (id, numbering)
     */
    record Unit(Kind kind, int level, boolean ordered, List<Inline> content, Block block) {

        /** What two versions must share to count as the same unit. */
        String key() {
            return kind + "/" + level + "/" + ordered + "/" + text();
        }

        /** Whether two units may be compared word by word. */
        boolean sameShape(Unit other) {
            return kind == other.kind && level == other.level && ordered == other.ordered;
        }

        String text() {
            if (block instanceof Block.Table table) {
                StringBuilder out = new StringBuilder(table.caption());
                for (List<List<Inline>> row : table.header()) {
                    out.append('\n').append(rowText(row));
                }
                for (List<List<Inline>> row : table.rows()) {
                    out.append('\n').append(rowText(row));
                }
                return out.toString();
            }
            if (block instanceof Block.Figure figure) {
                return figure.alt() + "\n" + figure.caption() + "\n" + Arrays.hashCode(figure.data());
            }
            return Inlines.plainText(content);
        }
    }

    private TextUnits() {
    }

    static String rowText(List<List<Inline>> row) {
        return String.join(" | ", row.stream().map(Inlines::plainText).toList());
    }

    static List<Unit> of(List<Block> blocks) {
        List<Unit> out = new ArrayList<>();
        for (Block block : blocks) {
            add(block, out, Kind.PARAGRAPH, -1, false);
        }
        return out;
    }

    private static void add(Block block, List<Unit> out, Kind paragraphKind, int depth, boolean ordered) {
        block.accept(new Units(out, paragraphKind, depth, ordered));
    }

    /**
     * The units of one block, where paragraphs are of {@code paragraphKind} at list depth {@code depth}; one method per
     * kind of block, so a new kind must say what a redline compares of it.
     */
    private record Units(List<Unit> out, Kind paragraphKind, int depth, boolean ordered) implements Block.Visitor<Void> {

        @Override
        public Void visit(Block.Heading h) {
            out.add(new Unit(Kind.HEADING, h.level(), false, withoutNotes(h.text()), h));
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            out.add(new Unit(paragraphKind, Math.max(depth, 0), ordered, withoutNotes(p.content()), p));
            return null;
        }

        @Override
        public Void visit(Block.ListBlock list) {
            for (List<Block> item : list.items()) {
                for (Block inner : item) {
                    add(inner, out, Kind.ITEM, depth + 1, list.ordered());
                }
            }
            return null;
        }

        @Override
        public Void visit(Block.Quote quote) {
            for (Block inner : quote.content()) {
                add(inner, out, Kind.QUOTE, depth, ordered);
            }
            return null;
        }

        /**
         * An aside (only the parent summary has one, and a redline compares plans) is compared as the running text it
         * holds: its heading and its paragraphs and items, which come back without the frame.
         */
        @Override
        public Void visit(Block.Aside aside) {
            visit(aside.heading());
            for (Block inner : aside.content()) {
                add(inner, out, paragraphKind, depth, ordered);
            }
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            out.add(new Unit(Kind.TABLE, 0, false, List.of(), withoutNotes(t)));
            return null;
        }

        @Override
        public Void visit(Block.Figure f) {
            out.add(new Unit(Kind.FIGURE, 0, false, List.of(), f));
            return null;
        }

        /** The table of contents carries no text of the plan. */
        @Override
        public Void visit(Block.TableOfContents toc) {
            return null;
        }

        /** A page break carries no text of the plan. */
        @Override
        public Void visit(Block.PageBreak pageBreak) {
            return null;
        }
    }

    /**
     * Footnote references point into one version's footnote list; a redline has none of its own, so they go. The
     * words around them stay.
     */
    static List<Inline> withoutNotes(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        WithoutNotes visitor = new WithoutNotes(out);
        content.forEach(inline -> inline.accept(visitor));
        return out;
    }

    /** Copies inlines into {@code out} without footnote references, also inside emphasis, strong text and links. */
    private record WithoutNotes(List<Inline> out) implements Inline.Visitor<Void> {

        @Override
        public Void visit(Inline.FootnoteRef footnoteRef) {
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            out.add(new Inline.Emphasis(withoutNotes(e.content())));
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            out.add(new Inline.Strong(withoutNotes(s.content())));
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            out.add(new Inline.Link(l.target(), withoutNotes(l.content())));
            return null;
        }

        @Override
        public Void visit(Inline.Text text) {
            out.add(text);
            return null;
        }

        @Override
        public Void visit(Inline.Code code) {
            out.add(code);
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            out.add(lineBreak);
            return null;
        }

        @Override
        public Void visit(Inline.Inserted inserted) {
            out.add(inserted);
            return null;
        }

        @Override
        public Void visit(Inline.Deleted deleted) {
            out.add(deleted);
            return null;
        }
    }

    private static Block.Table withoutNotes(Block.Table table) {
        return new Block.Table(table.caption(), cells(table.header()), cells(table.rows()), table.alignments());
    }

    private static List<List<List<Inline>>> cells(List<List<List<Inline>>> rows) {
        return rows.stream().map(row -> row.stream().map(TextUnits::withoutNotes).toList()).toList();
    }
}
