package nl.opmaat.diff;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.diff.TextUnits.Kind;
import nl.opmaat.diff.TextUnits.Unit;

/** Puts compared units back together: consecutive list items into (nested) lists, quoted paragraphs into a quote. */
final class Assembly {

    private Assembly() {
    }

    static List<Block> blocks(List<Unit> units) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            Unit unit = units.get(i);
            if (unit.kind() == Kind.ITEM || unit.kind() == Kind.QUOTE) {
                int end = i;
                while (end < units.size() && units.get(end).kind() == unit.kind()
                        && !(unit.kind() == Kind.ITEM && units.get(end).level() == 0 && units.get(end).ordered() != unit.ordered())) {
                    end++;
                }
                List<Unit> run = units.subList(i, end);
                out.add(unit.kind() == Kind.ITEM ? list(run, 0) : new Block.Quote(paragraphs(run)));
                i = end;
            } else {
                out.add(unit.block() instanceof Block.Table || unit.block() instanceof Block.Figure ? unit.block()
                        : unit.kind() == Kind.HEADING ? heading(unit) : new Block.Paragraph(unit.content()));
                i++;
            }
        }
        return out;
    }

    private static Block heading(Unit unit) {
        Block.Heading source = (Block.Heading) unit.block();
        return new Block.Heading(source.level(), unit.content(), source.id(), source.numbering());
    }

    private static List<Block> paragraphs(List<Unit> run) {
        return run.stream().<Block>map(u -> new Block.Paragraph(u.content())).toList();
    }

    /** Items at {@code depth} start a new item; deeper ones form a nested list inside the item before them. */
    private static Block.ListBlock list(List<Unit> run, int depth) {
        List<List<Block>> items = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            Unit unit = run.get(i);
            if (unit.level() <= depth) {
                List<Block> item = new ArrayList<>();
                item.add(new Block.Paragraph(unit.content()));
                items.add(item);
                i++;
            } else {
                int end = i;
                while (end < run.size() && run.get(end).level() > depth) {
                    end++;
                }
                if (items.isEmpty()) {
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(list(run.subList(i, end), depth + 1));
                i = end;
            }
        }
        return new Block.ListBlock(run.get(0).ordered(), items);
    }
}
