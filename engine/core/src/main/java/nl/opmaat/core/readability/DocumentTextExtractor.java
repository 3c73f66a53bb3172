package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Footnote;
import nl.opmaat.core.document.Inline;

/**
 * Turns a document tree (the parent summary) into text blocks for the readability checker, so the checker reads exactly
 * what the writers render. Positions come from an identity map filled by whoever built the tree: a text inline maps to
 * where its characters start in a Markdown source; a block maps to the fact in {@code plan.yaml} it was made from.
 * Tables, figures and the table of contents are not running text and are left out.
 */
public final class DocumentTextExtractor {

    private final Map<Object, SourcePosition> origins;
    private final SourcePosition fallback;

    /**
     * @param origins  positions by node identity: {@link Inline.Text} → start of its text (the column advances), any
     *                 {@link Block} → one position for all of it
     * @param fallback the position of text without an origin
     */
    public DocumentTextExtractor(IdentityHashMap<Object, SourcePosition> origins, SourcePosition fallback) {
        this.origins = origins;
        this.fallback = fallback;
    }

    /** The running text of a whole document, footnotes last. */
    public TextSource extract(Document document, String name) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        for (Footnote footnote : document.footnotes()) {
            blocks.addAll(footnote.content());
        }
        return extract(blocks, name);
    }

    /** The running text of some blocks, in order. */
    public TextSource extract(List<Block> blocks, String name) {
        List<TextBlock> out = new ArrayList<>();
        for (Block block : blocks) {
            block(block, false, fallback, out);
        }
        return new TextSource(name, fallback, out);
    }

    private void block(Block block, boolean inList, SourcePosition around, List<TextBlock> out) {
        block.accept(new BlockText(inList, origins.getOrDefault(block, around), out));
    }

    /** The running text of one block at {@code at}; one method per kind, so a new kind must say whether it is read. */
    private final class BlockText implements Block.Visitor<Void> {
        private final boolean inList;
        private final SourcePosition at;
        private final List<TextBlock> out;

        BlockText(boolean inList, SourcePosition at, List<TextBlock> out) {
            this.inList = inList;
            this.at = at;
            this.out = out;
        }

        @Override
        public Void visit(Block.Heading heading) {
            add(TextBlock.Kind.HEADING, heading.text(), at, out);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph paragraph) {
            add(inList ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH, paragraph.content(), at, out);
            return null;
        }

        @Override
        public Void visit(Block.ListBlock list) {
            for (List<Block> item : list.items()) {
                for (Block child : item) {
                    block(child, true, at, out);
                }
            }
            return null;
        }

        @Override
        public Void visit(Block.Quote quote) {
            for (Block child : quote.content()) {
                block(child, inList, at, out);
            }
            return null;
        }

        /** An aside is read where it stands: its heading, then its content. */
        @Override
        public Void visit(Block.Aside aside) {
            block(aside.heading(), inList, at, out);
            for (Block child : aside.content()) {
                block(child, inList, at, out);
            }
            return null;
        }

        // Tables, figures, the table of contents and page breaks hold no running text.

        @Override
        public Void visit(Block.Table table) {
            return null;
        }

        @Override
        public Void visit(Block.Figure figure) {
            return null;
        }

        @Override
        public Void visit(Block.TableOfContents toc) {
            return null;
        }

        @Override
        public Void visit(Block.PageBreak pageBreak) {
            return null;
        }
    }

    private void add(TextBlock.Kind kind, List<Inline> inlines, SourcePosition at, List<TextBlock> out) {
        StringBuilder text = new StringBuilder();
        List<TextBlock.Anchor> anchors = new ArrayList<>();
        anchors.add(new TextBlock.Anchor(0, at, false));
        inlines(inlines, text, anchors, at);
        if (!text.toString().isBlank()) {
            out.add(new TextBlock(kind, text.toString(), anchors));
        }
    }

    private void inlines(List<Inline> inlines, StringBuilder text, List<TextBlock.Anchor> anchors, SourcePosition at) {
        InlineText visitor = new InlineText(text, anchors, at);
        for (Inline inline : inlines) {
            inline.accept(visitor);
        }
    }

    /** Appends the words of inlines to {@code text}, with an anchor wherever a text's origin is known. */
    private final class InlineText implements Inline.Visitor<Void> {
        private final StringBuilder text;
        private final List<TextBlock.Anchor> anchors;
        private final SourcePosition at;

        InlineText(StringBuilder text, List<TextBlock.Anchor> anchors, SourcePosition at) {
            this.text = text;
            this.anchors = anchors;
            this.at = at;
        }

        @Override
        public Void visit(Inline.Text t) {
            SourcePosition origin = origins.get(t);
            if (origin != null) {
                anchors.add(new TextBlock.Anchor(text.length(), origin, true));
            } else if (anchors.get(anchors.size() - 1).advances()) {
                anchors.add(new TextBlock.Anchor(text.length(), at, false));
            }
            text.append(t.text());
            return null;
        }

        @Override
        public Void visit(Inline.Code c) {
            text.append(c.text());
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            inlines(e.content(), text, anchors, at);
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            inlines(s.content(), text, anchors, at);
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            inlines(l.content(), text, anchors, at);
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            text.append(' ');
            return null;
        }

        /** Footnote references are markers, not words. */
        @Override
        public Void visit(Inline.FootnoteRef footnoteRef) {
            return null;
        }

        /** Only a redline has tracked changes, and a redline is never checked for readability. */
        @Override
        public Void visit(Inline.Inserted inserted) {
            return null;
        }

        /** As {@link #visit(Inline.Inserted)}. */
        @Override
        public Void visit(Inline.Deleted deleted) {
            return null;
        }
    }
}
