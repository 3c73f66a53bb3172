package nl.opmaat.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.diff.TextUnits.Kind;
import nl.opmaat.diff.TextUnits.Unit;

/**
 * The text of two versions as one: units (paragraphs, headings, items, tables) are matched with Myers' diff on their
 * text; an unchanged unit keeps the newer version's formatting, a changed pair is compared word by word, and a unit
 * only one version has is inserted or deleted whole. Table rows are matched the same way, and cells word by word.
 */
final class TextRedline {

    private static final Messages MESSAGES = Messages.forPackageOf(TextRedline.class);

    private final List<Unit> out = new ArrayList<>();
    private boolean changed;

    private TextRedline() {
    }

    /** The blocks of the redline; {@code changed} tells whether any unit differs. */
    record Result(List<Block> blocks, boolean changed) {
    }

    static Result of(List<Block> older, List<Block> newer) {
        TextRedline redline = new TextRedline();
        redline.compare(TextUnits.of(older), TextUnits.of(newer));
        return new Result(Assembly.blocks(redline.out), redline.changed);
    }

    private void compare(List<Unit> from, List<Unit> to) {
        Patch<Unit> patch = DiffUtils.diff(from, to, (a, b) -> a.key().equals(b.key()));
        int target = 0;
        for (AbstractDelta<Unit> delta : patch.getDeltas()) {
            // Unchanged units: the newer version's, with its formatting and heading ids.
            out.addAll(to.subList(target, delta.getTarget().getPosition()));
            changed = true;
            List<Unit> removed = delta.getSource().getLines();
            List<Unit> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                pair(removed, added);
            } else {
                removed.forEach(this::deleted);
                added.forEach(this::inserted);
            }
            target = delta.getTarget().getPosition() + added.size();
        }
        out.addAll(to.subList(target, to.size()));
    }

    /**
     * Pairs each removed unit, in order, with the first added unit after the last pair that has the same shape and at
     * least half its words in common; a unit without such a partner is deleted or inserted whole. Pairing by place
     * alone would compare a new paragraph with the old one after it and show both as a jumble of changed words.
     */
    private void pair(List<Unit> removed, List<Unit> added) {
        int j = 0;
        for (Unit a : removed) {
            int match = -1;
            for (int k = j; k < added.size() && match < 0; k++) {
                if (a.sameShape(added.get(k)) && similar(a, added.get(k))) {
                    match = k;
                }
            }
            if (match < 0) {
                deleted(a);
                continue;
            }
            added.subList(j, match).forEach(this::inserted);
            changedPair(a, added.get(match));
            j = match + 1;
        }
        added.subList(j, added.size()).forEach(this::inserted);
    }

    /** At least half of the words (Dice coefficient over the word-level diff): the same paragraph, edited. */
    static boolean similar(Unit a, Unit b) {
        List<String> from = words(a.text());
        List<String> to = words(b.text());
        if (from.isEmpty() || to.isEmpty()) {
            return from.isEmpty() && to.isEmpty();
        }
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            changed += delta.getSource().size();
        }
        int common = from.size() - changed;
        return 2.0 * common / (from.size() + to.size()) >= 0.5;
    }

    private static List<String> words(String text) {
        return WordDiff.tokens(text).stream().filter(t -> !t.isBlank()).toList();
    }

    private void changedPair(Unit a, Unit b) {
        if (b.kind() == Kind.TABLE) {
            out.add(withBlock(b, table((Block.Table) a.block(), (Block.Table) b.block())));
        } else if (b.kind() == Kind.FIGURE) {
            deleted(a);
            inserted(b);
        } else {
            out.add(withContent(b, WordDiff.of(a.text(), b.text())));
        }
    }

    private void deleted(Unit unit) {
        if (unit.kind() == Kind.TABLE) {
            Block.Table t = (Block.Table) unit.block();
            out.add(withBlock(unit, new Block.Table(t.caption(), whole(t.header(), false), whole(t.rows(), false),
                    t.alignments())));
        } else if (unit.kind() == Kind.FIGURE) {
            Block.Figure f = (Block.Figure) unit.block();
            out.add(new Unit(Kind.PARAGRAPH, 0, false,
                    List.of(new Inline.Deleted(MESSAGES.format("figure.removed", f.alt()))), null));
        } else {
            Unit whole = withContent(unit, whole(unit.text(), false));
            if (unit.kind() == Kind.HEADING) {
                // The older version's anchor, kept apart from the newer one's, which may have the same name.
                Block.Heading h = (Block.Heading) unit.block();
                whole = new Unit(whole.kind(), whole.level(), whole.ordered(), whole.content(),
                        new Block.Heading(h.level(), h.text(), "oud-" + h.id(), h.numbering()));
            }
            out.add(whole);
        }
    }

    private void inserted(Unit unit) {
        if (unit.kind() == Kind.TABLE) {
            Block.Table t = (Block.Table) unit.block();
            out.add(withBlock(unit, new Block.Table(t.caption(), whole(t.header(), true), whole(t.rows(), true),
                    t.alignments())));
        } else if (unit.kind() == Kind.FIGURE) {
            out.add(unit);
        } else {
            out.add(withContent(unit, whole(unit.text(), true)));
        }
    }

    /** Rows matched on their text, cells of a changed pair of rows with as many cells compared word by word. */
    private static Block.Table table(Block.Table older, Block.Table newer) {
        return new Block.Table(newer.caption(), rows(older.header(), newer.header()), rows(older.rows(), newer.rows()),
                newer.alignments());
    }

    private static List<List<List<Inline>>> rows(List<List<List<Inline>>> from, List<List<List<Inline>>> to) {
        Patch<List<List<Inline>>> patch = DiffUtils.diff(from, to,
                (a, b) -> TextUnits.rowText(a).equals(TextUnits.rowText(b)));
        List<List<List<Inline>>> out = new ArrayList<>();
        int target = 0;
        for (AbstractDelta<List<List<Inline>>> delta : patch.getDeltas()) {
            out.addAll(to.subList(target, delta.getTarget().getPosition()));
            List<List<List<Inline>>> removed = delta.getSource().getLines();
            List<List<List<Inline>>> added = delta.getTarget().getLines();
            int paired = 0;
            while (paired < removed.size() && paired < added.size()
                    && removed.get(paired).size() == added.get(paired).size()) {
                List<List<Inline>> row = new ArrayList<>();
                for (int c = 0; c < added.get(paired).size(); c++) {
                    row.add(WordDiff.of(Inlines.plainText(removed.get(paired).get(c)),
                            Inlines.plainText(added.get(paired).get(c))));
                }
                out.add(row);
                paired++;
            }
            out.addAll(whole(removed.subList(paired, removed.size()), false));
            out.addAll(whole(added.subList(paired, added.size()), true));
            target = delta.getTarget().getPosition() + added.size();
        }
        out.addAll(to.subList(target, to.size()));
        return out;
    }

    private static List<List<List<Inline>>> whole(List<List<List<Inline>>> rows, boolean inserted) {
        return rows.stream().map(row -> row.stream().map(cell -> whole(Inlines.plainText(cell), inserted)).toList())
                .toList();
    }

    private static List<Inline> whole(String text, boolean inserted) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(inserted ? new Inline.Inserted(text) : new Inline.Deleted(text));
    }

    private static Unit withContent(Unit unit, List<Inline> content) {
        return new Unit(unit.kind(), unit.level(), unit.ordered(), content, unit.block());
    }

    private static Unit withBlock(Unit unit, Block block) {
        return new Unit(unit.kind(), unit.level(), unit.ordered(), unit.content(), block);
    }
}
