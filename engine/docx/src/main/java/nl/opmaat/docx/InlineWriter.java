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

    /**
     * @param footnotesAllowed false inside footnotes, headers and the TOC, where a footnote reference is not allowed
     */
    InlineWriter(WmlWriter w, PartLinks links, BookmarkNames bookmarks, boolean footnotesAllowed) {
        this.w = w;
        this.links = links;
        this.bookmarks = bookmarks;
        this.footnotesAllowed = footnotesAllowed;
    }

    void write(List<Inline> inlines) {
        write(inlines, Format.PLAIN);
    }

    private void write(List<Inline> inlines, Format f) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                run(Typography.typeset(t.text()), f);
            } else if (inline instanceof Inline.Emphasis e) {
                write(e.content(), new Format(f.strong(), true, f.code(), f.link()));
            } else if (inline instanceof Inline.Strong s) {
                write(s.content(), new Format(true, f.emphasis(), f.code(), f.link()));
            } else if (inline instanceof Inline.Code c) {
                run(c.text(), new Format(f.strong(), f.emphasis(), true, f.link()));
            } else if (inline instanceof Inline.Link l) {
                link(l, f);
            } else if (inline instanceof Inline.FootnoteRef r) {
                if (footnotesAllowed) {
                    footnoteReference(r.number());
                }
            } else if (inline instanceof Inline.LineBreak) {
                w.start("r").empty("br").end();
            }
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
                w.text("t", pieces[i]);
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

    /** The plain text of inlines, for the TOC and alt texts. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                appendPlain(e.content(), out);
            } else if (inline instanceof Inline.Strong s) {
                appendPlain(s.content(), out);
            } else if (inline instanceof Inline.Code c) {
                out.append(c.text());
            } else if (inline instanceof Inline.Link l) {
                appendPlain(l.content(), out);
            } else if (inline instanceof Inline.LineBreak) {
                out.append(' ');
            }
        }
    }
}
