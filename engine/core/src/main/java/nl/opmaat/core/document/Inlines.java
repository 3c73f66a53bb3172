package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.List;

/** Small operations on inline content shared by the document builders. */
public final class Inlines {

    private Inlines() {
    }

    /**
     * The text a reader sees, without markup; footnote references and line breaks count as nothing and a space. In a
     * redline the text is the newer version's: inserted words count, deleted ones do not.
     */
    public static String plainText(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        append(content, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(List<Inline> content, StringBuilder out) {
        PlainText visitor = new PlainText(out);
        content.forEach(inline -> inline.accept(visitor));
    }

    private record PlainText(StringBuilder out) implements Inline.Visitor<Void> {

        @Override
        public Void visit(Inline.Text text) {
            out.append(text.text());
            return null;
        }

        @Override
        public Void visit(Inline.Code code) {
            out.append(code.text());
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis emphasis) {
            append(emphasis.content(), out);
            return null;
        }

        @Override
        public Void visit(Inline.Strong strong) {
            append(strong.content(), out);
            return null;
        }

        @Override
        public Void visit(Inline.Link link) {
            append(link.content(), out);
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            out.append(' ');
            return null;
        }

        @Override
        public Void visit(Inline.Inserted inserted) {
            out.append(inserted.text());
            return null;
        }

        /** A marker, not words. */
        @Override
        public Void visit(Inline.FootnoteRef footnoteRef) {
            return null;
        }

        /** The older version's words: not in the text a reader of the newer version sees. */
        @Override
        public Void visit(Inline.Deleted deleted) {
            return null;
        }
    }

    /** Adjacent text runs joined into one. */
    static List<Inline> merge(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text text && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last) {
                out.set(out.size() - 1, new Inline.Text(last.text() + text.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** Merged, without leading and trailing white space; empty when nothing but white space is left. */
    static List<Inline> trim(List<Inline> content) {
        List<Inline> out = new ArrayList<>(merge(content));
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text first) {
            String text = first.text().stripLeading();
            if (text.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Inline.Text(text));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last) {
            String text = last.text().stripTrailing();
            if (text.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Inline.Text(text));
            }
        }
        return out;
    }
}
