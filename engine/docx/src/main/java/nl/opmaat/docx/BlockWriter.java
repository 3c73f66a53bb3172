package nl.opmaat.docx;

import java.util.List;
import java.util.function.Consumer;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import org.docx4j.openpackaging.parts.Part;

/**
 * Writes blocks as paragraphs, lists and tables into one part. A page break is not an empty paragraph but
 * {@code pageBreakBefore} on the next paragraph, so a chapter never starts with a blank line or a blank page.
 */
final class BlockWriter {

    /** Where blocks are written: the style of plain paragraphs, and the list depth (-1 outside lists). */
    record Scope(String paragraphStyle, int listLevel) {
        static final Scope BODY = new Scope(null, -1);

        Scope withStyle(String style) {
            return new Scope(style, listLevel);
        }

        Scope deeper() {
            return new Scope(paragraphStyle, Math.min(listLevel + 1, ListNumbering.maxLevel()));
        }
    }

    final DocxContext ctx;
    final WmlWriter w;
    final InlineWriter inlines;
    final Part part;
    private final Revisions revisions;
    private final TableWriter tables;
    private final FigureWriter figures;
    private final AsideWriter asides;
    private boolean pageBreakPending;
    private boolean lastWasTable;
    private Consumer<WmlWriter> pendingPrefix;

    BlockWriter(DocxContext ctx, WmlWriter w, Part part, boolean footnotesAllowed) {
        this.ctx = ctx;
        this.w = w;
        this.part = part;
        this.revisions = new Revisions(ctx);
        this.inlines = new InlineWriter(w, new PartLinks(part), ctx.bookmarks, footnotesAllowed, revisions);
        this.tables = new TableWriter(this);
        this.figures = new FigureWriter(this);
        this.asides = new AsideWriter(this);
    }

    void writeAll(List<Block> blocks, Scope scope) {
        for (Block block : blocks) {
            write(block, scope);
        }
    }

    void write(Block block, Scope scope) {
        block.accept(new Writing(scope));
    }

    /** Writes one block in its scope; one method per kind of block, so a new kind cannot be skipped. */
    private final class Writing implements Block.Visitor<Void> {
        private final Scope scope;

        Writing(Scope scope) {
            this.scope = scope;
        }

        @Override
        public Void visit(Block.Heading h) {
            heading(h);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            paragraph(scope.paragraphStyle(), p.content(), scope.listLevel() >= 0 ? continuation(scope) : null);
            return null;
        }

        @Override
        public Void visit(Block.ListBlock l) {
            list(l, scope.deeper());
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            if (lastWasTable || pageBreakPending) {
                // Two adjacent tables would merge into one in Word; and a table cannot carry a page break itself.
                emptyParagraph();
            }
            tables.write(t);
            lastWasTable = true;
            return null;
        }

        @Override
        public Void visit(Block.Figure f) {
            figures.write(f);
            return null;
        }

        @Override
        public Void visit(Block.Quote q) {
            writeAll(q.content(), scope.withStyle("Quote"));
            return null;
        }

        @Override
        public Void visit(Block.Aside a) {
            if (lastWasTable || pageBreakPending) {
                // As for a table: the box is one, and a table cannot carry a page break itself.
                emptyParagraph();
            }
            asides.write(a);
            lastWasTable = true;
            return null;
        }

        @Override
        public Void visit(Block.TableOfContents toc) {
            new TocWriter(BlockWriter.this).write();
            return null;
        }

        @Override
        public Void visit(Block.PageBreak pageBreak) {
            pageBreakPending = true;
            return null;
        }
    }

    /** Ends a body, footnote or cell: Word wants a paragraph, not a table, as its last element. */
    void finish() {
        if (lastWasTable) {
            emptyParagraph();
        }
    }

    private void emptyParagraph() {
        openParagraph(null, null);
        w.end();
    }

    /** Starts the next paragraph on a new page. */
    void breakPage() {
        pageBreakPending = true;
    }

    /** Runs to write at the start of the next paragraph (the footnote mark in a footnote). */
    void prefixNextParagraph(Consumer<WmlWriter> prefix) {
        pendingPrefix = prefix;
    }

    /**
     * Opens {@code w:p} with its properties: the style, a pending page break, and {@code extra} for numbering,
     * alignment or indentation (in schema order after pageBreakBefore). Writes a pending prefix. The caller closes it.
     */
    void openParagraph(String style, Consumer<WmlWriter> extra) {
        openParagraph(style, extra, List.of());
    }

    /** As above; a paragraph whose every word is a tracked change gets its paragraph mark tracked too. */
    private void openParagraph(String style, Consumer<WmlWriter> extra, List<Inline> content) {
        // Space between a table's bottom line and the text under it (a heading brings its own).
        boolean afterTable = lastWasTable && (style == null || !style.startsWith("Heading"));
        lastWasTable = false;
        w.start("p");
        boolean tracked = Revisions.wholeKind(content) != null;
        if (style != null || pageBreakPending || extra != null || afterTable || tracked) {
            w.start("pPr");
            if (style != null) {
                w.empty("pStyle", "val", style);
            }
            if (pageBreakPending) {
                w.empty("pageBreakBefore");
                pageBreakPending = false;
            }
            if (afterTable) {
                w.empty("spacing", "before", "200");
            }
            if (extra != null) {
                extra.accept(w);
            }
            revisions.paragraphMark(w, content);
            w.end();
        }
        if (pendingPrefix != null) {
            pendingPrefix.accept(w);
            pendingPrefix = null;
        }
    }

    void paragraph(String style, List<Inline> content, Consumer<WmlWriter> extra) {
        openParagraph(style, extra, content);
        inlines.write(content);
        w.end();
    }

    private void heading(Block.Heading h) {
        int level = Math.max(1, h.level());
        String style = "Heading" + Math.min(level, 4);
        Consumer<WmlWriter> numbering = null;
        if (level <= 3 && h.numbering() == Block.Numbering.NONE) {
            numbering = x -> numPr(x, 0, 0);
        } else if (level <= 3 && h.numbering() == Block.Numbering.APPENDIX) {
            numbering = x -> numPr(x, level - 1, ListNumbering.APPENDICES);
        }
        openParagraph(style, numbering, h.text());
        String bookmark = ctx.bookmarks.register(h.id());
        String id = Integer.toString(ctx.nextBookmarkId());
        w.empty("bookmarkStart", "id", id, "name", bookmark);
        inlines.write(h.text());
        w.empty("bookmarkEnd", "id", id);
        w.end();
    }

    private void list(Block.ListBlock list, Scope scope) {
        int numId = list.ordered() ? ctx.numbering.newOrderedList() : ListNumbering.BULLETS;
        String style = list.ordered() ? "ListNumber" : "ListBullet";
        int level = scope.listLevel();
        for (List<Block> item : list.items()) {
            boolean numbered = false;
            for (Block block : item) {
                if (!numbered) {
                    numbered = true;
                    if (block instanceof Block.Paragraph p) {
                        paragraph(style, p.content(), x -> numPr(x, level, numId));
                        continue;
                    }
                    // An item that starts with a nested list or table still gets its number or bullet.
                    paragraph(style, List.of(), x -> numPr(x, level, numId));
                }
                write(block, scope);
            }
        }
    }

    /** Indentation for a further paragraph of a list item: aligned with the item's text. */
    private static Consumer<WmlWriter> continuation(Scope scope) {
        int indent = 360 * (scope.listLevel() + 1);
        return x -> x.empty("ind", "left", Integer.toString(indent));
    }

    static void numPr(WmlWriter x, int level, int numId) {
        x.start("numPr").empty("ilvl", "val", Integer.toString(level)).empty("numId", "val", Integer.toString(numId)).end();
    }
}
