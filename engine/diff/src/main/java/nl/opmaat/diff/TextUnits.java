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
        if (block instanceof Block.Heading h) {
            out.add(new Unit(Kind.HEADING, h.level(), false, withoutNotes(h.text()), h));
        } else if (block instanceof Block.Paragraph p) {
            out.add(new Unit(paragraphKind, Math.max(depth, 0), ordered, withoutNotes(p.content()), p));
        } else if (block instanceof Block.ListBlock list) {
            for (List<Block> item : list.items()) {
                for (Block inner : item) {
                    add(inner, out, Kind.ITEM, depth + 1, list.ordered());
                }
            }
        } else if (block instanceof Block.Quote quote) {
            for (Block inner : quote.content()) {
                add(inner, out, Kind.QUOTE, depth, ordered);
            }
        } else if (block instanceof Block.Table t) {
            out.add(new Unit(Kind.TABLE, 0, false, List.of(), withoutNotes(t)));
        } else if (block instanceof Block.Figure f) {
            out.add(new Unit(Kind.FIGURE, 0, false, List.of(), f));
        }
        // The table of contents and page breaks carry no text of the plan.
    }

    /**
     * Footnote references point into one version's footnote list; a redline has none of its own, so they go. The
     * words around them stay.
     */
    static List<Inline> withoutNotes(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Inline.FootnoteRef) {
                continue;
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(withoutNotes(e.content())));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(withoutNotes(s.content())));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), withoutNotes(l.content())));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static Block.Table withoutNotes(Block.Table table) {
        return new Block.Table(table.caption(), cells(table.header()), cells(table.rows()), table.alignments());
    }

    private static List<List<List<Inline>>> cells(List<List<List<Inline>>> rows) {
        return rows.stream().map(row -> row.stream().map(TextUnits::withoutNotes).toList()).toList();
    }
}
