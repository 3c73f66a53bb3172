package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks the nesting of blocks: which blocks a block holds, every block in reading order, every heading. Which kinds of
 * block hold others is decided in one visitor, so a new kind of block that holds blocks cannot hide its headings from
 * the table of contents and the bookmarks.
 */
public final class Blocks {

    private Blocks() {
    }

    /**
     * The blocks directly inside a block: a quote's content, an aside's heading and then its content, the blocks of
     * every list item in order; else none.
     */
    public static List<Block> children(Block block) {
        return block.accept(Children.INSTANCE);
    }

    /** Every block, each followed by the blocks inside it: depth first, in reading order. */
    public static Stream<Block> flatten(List<Block> blocks) {
        return blocks.stream().flatMap(block -> Stream.concat(Stream.of(block), flatten(children(block))));
    }

    /** Every heading in reading order, also inside quotes, asides and list items. */
    public static List<Block.Heading> headings(List<Block> blocks) {
        return flatten(blocks).filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }

    private enum Children implements Block.Visitor<List<Block>> {
        INSTANCE;

        @Override
        public List<Block> visit(Block.ListBlock list) {
            List<Block> out = new ArrayList<>();
            list.items().forEach(out::addAll);
            return out;
        }

        @Override
        public List<Block> visit(Block.Quote quote) {
            return quote.content();
        }

        @Override
        public List<Block> visit(Block.Aside aside) {
            List<Block> out = new ArrayList<>();
            out.add(aside.heading());
            out.addAll(aside.content());
            return out;
        }

        @Override
        public List<Block> visit(Block.Heading heading) {
            return List.of();
        }

        @Override
        public List<Block> visit(Block.Paragraph paragraph) {
            return List.of();
        }

        @Override
        public List<Block> visit(Block.Table table) {
            return List.of();
        }

        @Override
        public List<Block> visit(Block.Figure figure) {
            return List.of();
        }

        @Override
        public List<Block> visit(Block.TableOfContents toc) {
            return List.of();
        }

        @Override
        public List<Block> visit(Block.PageBreak pageBreak) {
            return List.of();
        }
    }
}
