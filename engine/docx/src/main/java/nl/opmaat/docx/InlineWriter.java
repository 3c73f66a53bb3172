package nl.opmaat.docx;

import java.util.List;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Typography;

/**
 * Writes inline content as runs. Emphasis, strong text, code and links use the character styles of styles.xml; only
 * a combination one style cannot express (strong inside a link) adds direct bold or italic.
 */
final class InlineWriter {

    /** What the enclosing inlines ask of a run. */
    private record Format(boolean strong, boolean emphasis, boolean code, boolean link) {
        static final Format PLAIN = new Format(false, false, false, false);
    }

    private final WmlWriter w;
    private final PartLinks links;
    private final BookmarkNames bookmarks;
    private final boolean footnotesAllowed;
    private final Revisions revisions;

    /**
     * @param footnotesAllowed false inside footnotes, headers and the TOC, where a footnote reference is not allowed
     */
    InlineWriter(WmlWriter w, PartLinks links, BookmarkNames bookmarks, boolean footnotesAllowed, Revisions revisions) {
        this.revisions = revisions;
        this.w = w;
        this.links = links;
        this.bookmarks = bookmarks;
        this.footnotesAllowed = footnotesAllowed;
    }

    void write(List<Inline> inlines) {
        write(inlines, Format.PLAIN);
    }

    private void write(List<Inline> inlines, Format f) {
        Runs runs = new Runs(f);
        for (Inline inline : inlines) {
            inline.accept(runs);
        }
    }

    /** Writes inlines in one format; one method per kind of inline, so a new kind cannot be skipped. */
    private final class Runs implements Inline.Visitor<Void> {
        private final Format f;

        Runs(Format f) {
            this.f = f;
        }

        @Override
        public Void visit(Inline.Text t) {
            run(Typography.typeset(t.text()), f);
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            write(e.content(), new Format(f.strong(), true, f.code(), f.link()));
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            write(s.content(), new Format(true, f.emphasis(), f.code(), f.link()));
            return null;
        }

        @Override
        public Void visit(Inline.Code c) {
            run(c.text(), new Format(f.strong(), f.emphasis(), true, f.link()));
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            link(l, f);
            return null;
        }

        @Override
        public Void visit(Inline.FootnoteRef r) {
            if (footnotesAllowed) {
                footnoteReference(r.number());
            }
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            w.start("r").empty("br").end();
            return null;
        }

        @Override
        public Void visit(Inline.Inserted i) {
            w.start("ins", revisions.attributes());
            run(i.text(), f);
            w.end();
            return null;
        }

        @Override
        public Void visit(Inline.Deleted d) {
            w.start("del", revisions.attributes());
            run(d.text(), f, "delText");
            w.end();
            return null;
        }
    }

    private void link(Inline.Link link, Format f) {
        String target = link.target();
        Format inner = new Format(f.strong(), f.emphasis(), f.code(), true);
        if (f.link()) {
            write(link.content(), f);
            return;
        }
        if (target.startsWith("#")) {
            var bookmark = bookmarks.lookup(target.substring(1));
            if (bookmark.isEmpty()) {
                // A reference to a heading that is not in this document: keep the words, drop the dead link.
                write(link.content(), f);
                return;
            }
            w.start("hyperlink", "anchor", bookmark.get(), "history", "1");
        } else {
            w.start("hyperlink", "r:id", links.relationshipId(target), "history", "1");
        }
        write(link.content(), inner);
        w.end();
    }

    private void footnoteReference(int number) {
        w.start("r").start("rPr").empty("rStyle", "val", "FootnoteReference").end()
                .empty("footnoteReference", "id", Integer.toString(number)).end();
    }

    /** One run; tabs become {@code w:tab}, line feeds inside text a space (Markdown soft breaks). */
    private void run(String text, Format f) {
        run(text, f, "t");
    }

    /** @param textElement {@code t}, or {@code delText} inside a tracked deletion */
    private void run(String text, Format f, String textElement) {
        if (text.isEmpty()) {
            return;
        }
        w.start("r");
        runProperties(f);
        String[] pieces = text.replace('\n', ' ').replace('\r', ' ').split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                w.empty("tab");
            }
            if (!pieces[i].isEmpty()) {
                w.text(textElement, pieces[i]);
            }
        }
        w.end();
    }

    private void runProperties(Format f) {
        String style = f.link() ? "Hyperlink" : f.code() ? "VerbatimChar" : f.strong() ? "Strong" : f.emphasis() ? "Emphasis" : null;
        boolean directBold = f.strong() && !"Strong".equals(style);
        boolean directItalic = f.emphasis() && !"Emphasis".equals(style);
        if (style == null && !directBold && !directItalic) {
            return;
        }
        w.start("rPr");
        if (style != null) {
            w.empty("rStyle", "val", style);
        }
        if (directBold) {
            w.empty("b").empty("bCs");
        }
        if (directItalic) {
            w.empty("i").empty("iCs");
        }
        w.end();
    }
}
