package nl.opmaat.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.CoverText;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.document.Footnote;
import nl.opmaat.core.document.Hyphenation;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.TableLayout;
import nl.opmaat.core.document.Typography;
import nl.opmaat.core.internal.Messages;

/**
 * Writes a document tree as one self-contained XHTML file: cover, table of contents with page numbers, numbered
 * headings, running header, "pagina x van y", tables whose header repeats on every page, notes, figures with alt text,
 * the PDF bookmarks, and the stylesheets (the engine's base CSS, then the theme's fonts and colours, then the theme's
 * own CSS). Images are embedded as {@code data:} URIs, so the file references nothing outside itself; the same XHTML is
 * the {@code --format html} output and the input of {@link PdfEngine}.
 */
public final class HtmlPlanWriter {

    /** Headings down to this level appear in the table of contents; every heading gets a bookmark. */
    static final int TOC_DEPTH = 2;
    /**
     * In the parent summary a list of at most this many items (a steunpunt's phone, e-mail and website) is kept whole and
     * with the sentence that leads into it; a longer one (schools, gemeenten) may break, or a 2–4 page folder grows.
     */
    static final int SHORT_LIST_ITEMS = 4;
    /** A table of at most this many body rows is kept on one page. */
    static final int SHORT_TABLE_ROWS = 12;
    private static final String BASE_CSS = loadBaseCss();
    private static final Messages MESSAGES = Messages.forPackageOf(HtmlPlanWriter.class);

    private final Theme theme;

    public HtmlPlanWriter(Theme theme) {
        this.theme = theme;
    }

    /** A heading as the writer numbers it: for the table of contents and the bookmarks. */
    record Entry(Block.Heading heading, int tagLevel, String number, String title) {
        String label() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    /** The XHTML for {@link PdfEngine}: fonts come from the engine, not from the file. */
    public String write(Document document) {
        return write(document, false);
    }

    /**
     * The XHTML for a browser ({@code --format html}): the same document, plus the theme's fonts as web fonts
     * ({@code @font-face} with {@code data:} URIs, in a screen-only stylesheet that openhtmltopdf never reads) and a
     * font stack with a generic fallback, so another computer shows the house font and never Times.
     */
    public String writeForBrowser(Document document) {
        return write(document, true);
    }

    private String write(Document document, boolean browser) {
        List<Entry> entries = entries(document.blocks());
        StringBuilder out = new StringBuilder(256 * 1024);
        DocumentMeta meta = document.meta();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(meta.language()))
                .append("\" xml:lang=\"").append(esc(meta.language())).append("\">\n<head>\n");
        out.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        out.append("<title>").append(esc(meta.title() + " \u2013 " + meta.subtitle())).append("</title>\n");
        out.append("<meta name=\"author\" content=\"").append(esc(meta.author())).append("\" />\n");
        out.append("<meta name=\"subject\" content=\"").append(esc(meta.title() + ", " + meta.subtitle())).append("\" />\n");
        out.append("<meta name=\"description\" content=\"").append(esc(MESSAGES.format("html.description",
                meta.title(), meta.subtitle(), meta.status()))).append("\" />\n");
        meta.properties().forEach((key, value) ->
                out.append("<meta name=\"opmaat:").append(esc(key)).append("\" content=\"").append(esc(value)).append("\" />\n"));
        bookmarks(entries, out);
        out.append("<style>\n").append(BASE_CSS).append("\n</style>\n");
        out.append("<style>\n").append(themeCss()).append("</style>\n");
        out.append("<style>\n").append(theme.css()).append("\n</style>\n");
        if (Blocks.flatten(document.blocks()).anyMatch(Block.TableOfContents.class::isInstance)) {
            out.append("<style>\n").append(ContentsIndent.css(theme, tocEntries(entries))).append("</style>\n");
        }
        if (browser) {
            out.append("<style media=\"screen\">\n").append(WebFonts.css(theme)).append("</style>\n");
        }
        out.append("</head>\n<body class=\"").append(meta.draft() ? "draft" : "final")
                .append(meta.parentSummary() ? " summary" : "").append("\">\n");
        out.append("<div class=\"running-header\">").append(esc(meta.subtitle())).append("</div>\n");
        cover(meta, out);
        new Body(entries, document.footnotes(), meta.parentSummary(), out).blocks(document.blocks());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** Numbers every heading once, in order; tag levels never skip a level (PDF/UA reads the outline from them). */
    private List<Entry> entries(List<Block> blocks) {
        HeadingNumbers numbers = new HeadingNumbers(theme);
        List<Entry> out = new ArrayList<>();
        int previous = 0;
        for (Block.Heading h : Blocks.headings(blocks)) {
            int tag = Math.min(Math.min(h.level(), previous + 1), 6);
            previous = tag;
            // Typeset like the heading itself, so the bookmarks and contents read as the page does.
            out.add(new Entry(h, tag, numbers.next(h, tag), Typography.typeset(Inlines.plainText(h.text()))));
        }
        return out;
    }

    /** The entries the table of contents lists. */
    private static List<Entry> tocEntries(List<Entry> entries) {
        return entries.stream().filter(e -> e.tagLevel() <= TOC_DEPTH).toList();
    }

    /** openhtmltopdf turns {@code <bookmarks>} in the head into the PDF outline, nested by heading level. */
    private static void bookmarks(List<Entry> entries, StringBuilder out) {
        out.append("<bookmarks>\n");
        int open = 0;
        for (Entry e : entries) {
            int level = e.tagLevel();
            while (open >= level) {
                out.append("</bookmark>\n");
                open--;
            }
            while (open < level - 1) {
                // Cannot happen with tag levels that never skip, but keeps the XML well-formed if it did.
                out.append("<bookmark name=\"\" href=\"#").append(esc(e.heading().id())).append("\">\n");
                open++;
            }
            out.append("<bookmark name=\"").append(esc(e.label())).append("\" href=\"#").append(esc(e.heading().id()))
                    .append("\">\n");
            open++;
        }
        while (open-- > 0) {
            out.append("</bookmark>\n");
        }
        out.append("</bookmarks>\n");
    }

    /** Fonts, colours and fixed words from the theme: generated, so no writer code holds a font name or colour. */
    private String themeCss() {
        ThemeColours c = theme.colours();
        String body = Xml.cssFamily(theme.bodyFont());
        String heading = Xml.cssFamily(theme.headingFont());
        // One @page rule holds each margin box whole: openhtmltopdf does not merge a margin box declared in two @page
        // rules, and a margin box without its own font-family asks for a font that PDF/A mode does not have.
        String page = Xml.cssString(theme.term(DocumentTerm.PAGINA) + " ") + " counter(page) "
                + Xml.cssString(" " + theme.term(DocumentTerm.VAN) + " ") + " counter(pages)";
        return "html, body, p, li, td, th, caption, code, pre, a, span, div, blockquote, em, strong, sup, sub { font-family: "
                + body + "; }\n"
                + "h1, h2, h3, h4, h5, h6, .cover-title, .cover-swv, .toc-title { font-family: " + heading + "; }\n"
                + "body { color: #" + c.text() + "; }\n"
                + Measure.css(theme)
                + "h1, h2, h3, h4, .cover-title, .toc-title { color: #" + c.primary() + "; }\n"
                + ".cover-band, body.summary ol > li > p:first-child::before { background-color: #" + c.primary() + "; }\n"
                + "aside.box { border-color: #" + c.primary() + "; background-color: #" + c.accent() + "; }\n"
                + "th { background-color: #" + c.accent() + "; }\n"
                + "hr { border-color: #" + c.accent() + "; }\n"
                + "@page {\n  font-family: " + body + ";\n"
                + "  @top-center { font-family: " + body + "; content: element(header); }\n"
                + "  @bottom-center { font-family: " + body + "; font-size: 8.5pt; content: " + page + "; }\n"
                + "  @footnote { font-family: " + body + "; border-top: 0.3mm solid #" + c.accent() + "; padding-top: 1.5mm; }\n}\n"
                + "@page :first {\n  @top-center { font-family: " + body + "; content: none; }\n"
                + "  @bottom-center { font-family: " + body + "; content: none; }\n}\n";
    }

    private void cover(DocumentMeta meta, StringBuilder out) {
        out.append("<div class=\"cover\">\n");
        theme.logo().ifPresent(logo -> out.append("<p class=\"cover-logo\">").append(image(logo.data(), logo.mediaType(),
                logo.altText(), "logo")).append("</p>\n"));
        out.append("<div class=\"cover-band\"></div>\n");
        out.append("<p class=\"cover-swv\">").append(esc(meta.subtitle())).append("</p>\n");
        out.append("<h1 class=\"cover-title\">").append(text(meta.title())).append("</h1>\n");
        String period = meta.properties().get("periode");
        if (period != null) {
            out.append("<p class=\"cover-period\">").append(esc(theme.term(DocumentTerm.PLANPERIODE))).append(": ")
                    .append(text(period)).append("</p>\n");
        }
        out.append("<p class=\"cover-status").append(meta.draft() ? " draft-status" : "").append("\">")
                .append(text(CoverText.statusLine(meta, theme))).append("</p>\n");
        out.append("</div>\n");
    }

    private static String image(byte[] data, String mediaType, String alt, String cssClass) {
        return "<img class=\"" + cssClass + "\" src=\"data:" + esc(mediaType) + ";base64,"
                + Base64.getEncoder().encodeToString(data) + "\" alt=\"" + esc(alt) + "\" />";
    }

    private static String esc(String text) {
        return Xml.escape(text == null ? "" : text);
    }

    /**
     * Running text, typeset ({@link Typography}: quotes, no-break spaces in dates and amounts) and escaped; a range of
     * years ("2026–2030") goes in a no-wrap span, since a line may otherwise break after the dash.
     */
    private static String text(String text) {
        StringBuilder out = new StringBuilder();
        Typography.split(Typography.typeset(text == null ? "" : text), plain -> out.append(Xml.escape(plain)),
                range -> out.append("<span class=\"nowrap\">").append(Xml.escape(range)).append("</span>"));
        return out.toString();
    }

    /**
     * Running text of the body, as {@link #text} plus Dutch soft hyphens in its long words ({@link Hyphenation}):
     * openhtmltopdf breaks a word only at a soft hyphen. Headings, tables, captions, notes, links and the cover never
     * get them.
     */
    private static String hyphenatedText(String text) {
        StringBuilder out = new StringBuilder();
        Typography.split(Typography.typeset(text == null ? "" : text),
                plain -> out.append(Xml.escape(Hyphenation.hyphenate(plain))),
                range -> out.append("<span class=\"nowrap\">").append(Xml.escape(range)).append("</span>"));
        return out.toString();
    }

    private static String loadBaseCss() {
        try (InputStream in = HtmlPlanWriter.class.getResourceAsStream("base.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("base.css is missing from the engine", e);
        }
    }

    /**
     * Writes the body blocks; one instance per document, walking the headings in the same order as {@link #entries}.
     *
     * <p>Footnotes are real page footnotes ({@code float: footnote}): the note's text is written at its first reference
     * and openhtmltopdf sets it at the foot of that page. That works in running text only; a first reference in a
     * heading, a table (whose header repeats) or another note gets a plain reference mark, and its text floats from
     * just after that block.
     */
    private final class Body implements Block.Visitor<Void>, Inline.Visitor<Void> {
        private final List<Entry> entries;
        private final Map<Integer, Footnote> footnotes = new HashMap<>();
        private final Set<Integer> written = new HashSet<>();
        private final Set<Integer> deferred = new LinkedHashSet<>();
        private final StringBuilder out;
        private int nextEntry;
        /** Depth of headings, tables and notes around the current inline content: no footnote can float from there. */
        private int noFloat;
        /** Depth of links around the current inline content: link text (often an address) is never hyphenated. */
        private int inLink;
        /** The parent summary: its short lists (contact lines) stay whole and with their lead-in. */
        private final boolean summary;

        Body(List<Entry> entries, List<Footnote> footnotes, boolean summary, StringBuilder out) {
            this.entries = entries;
            this.summary = summary;
            footnotes.forEach(f -> this.footnotes.put(f.number(), f));
            this.out = out;
        }

        void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                block(block);
                if (!deferred.isEmpty() && noFloat == 0) {
                    out.append("<div class=\"note-holder\">");
                    List<Integer> pending = new ArrayList<>(deferred);
                    deferred.clear();
                    pending.forEach(n -> footnote(n, true));
                    out.append("</div>\n");
                }
            }
        }

        private void block(Block block) {
            block.accept(this);
        }

        @Override
        public Void visit(Block.Heading h) {
            noFloat++;
            heading(h);
            noFloat--;
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            out.append("<p>");
            inlines(p.content());
            out.append("</p>\n");
            return null;
        }

        @Override
        public Void visit(Block.ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            out.append('<').append(tag).append(summary && l.items().size() <= SHORT_LIST_ITEMS ? " class=\"short\"" : "")
                    .append(">\n");
            for (List<Block> item : l.items()) {
                out.append("<li>");
                item.forEach(this::block);
                out.append("</li>\n");
            }
            out.append("</").append(tag).append(">\n");
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            noFloat++;
            table(t);
            noFloat--;
            return null;
        }

        @Override
        public Void visit(Block.Figure f) {
            out.append("<div class=\"figure\">").append(image(f.data(), f.mediaType(), f.alt(), "figure-image"));
            if (!f.caption().isBlank()) {
                out.append("<p class=\"figure-caption\">").append(text(f.caption())).append("</p>");
            }
            out.append("</div>\n");
            return null;
        }

        @Override
        public Void visit(Block.Quote q) {
            out.append("<blockquote>\n");
            q.content().forEach(this::block);
            out.append("</blockquote>\n");
            return null;
        }

        /**
         * A framed box (the summary's contact box): {@code <aside>}, a complementary landmark named by its heading for a
         * screen reader, a Div in the tagged PDF; the theme draws the frame and keeps it on one page (base.css).
         */
        @Override
        public Void visit(Block.Aside a) {
            out.append("<aside class=\"box\" aria-labelledby=\"").append(esc(a.heading().id())).append("\">\n");
            visit(a.heading());
            a.content().forEach(this::block);
            out.append("</aside>\n");
            return null;
        }

        @Override
        public Void visit(Block.TableOfContents toc) {
            toc();
            return null;
        }

        @Override
        public Void visit(Block.PageBreak pageBreak) {
            out.append("<div class=\"page-break\"></div>\n");
            return null;
        }

        private void heading(Block.Heading h) {
            Entry e = entries.get(nextEntry++);
            String css = switch (h.numbering()) {
                case APPENDIX -> "appendix";
                case NUMBERED -> "numbered";
                case NONE -> "unnumbered";
            };
            out.append("<h").append(e.tagLevel()).append(" id=\"").append(esc(h.id())).append("\" class=\"").append(css)
                    .append(" level-").append(h.level()).append("\">");
            if (!e.number().isEmpty()) {
                out.append("<span class=\"num\">").append(esc(e.number())).append("</span> ");
            }
            inlines(h.text());
            out.append("</h").append(e.tagLevel()).append(">\n");
        }

        private void toc() {
            out.append("<div class=\"toc\">\n<h2 class=\"toc-title\">").append(esc(theme.term(DocumentTerm.INHOUDSOPGAVE)))
                    .append("</h2>\n<ul class=\"toc-list\">\n");
            for (Entry e : tocEntries(entries)) {
                out.append("<li class=\"toc-").append(e.tagLevel()).append(' ').append(ContentsIndent.kind(e))
                        .append("\"><a href=\"#").append(esc(e.heading().id())).append("\" title=\"").append(esc(e.label()))
                        .append("\">");
                if (!e.number().isEmpty()) {
                    // The space belongs to the number's box: the title then starts where its wrapped lines start.
                    out.append("<span class=\"toc-num\">").append(esc(e.number())).append("\u00A0</span>");
                }
                out.append(text(e.title())).append("<span class=\"toc-page\" data-target=\"#")
                        .append(esc(e.heading().id())).append("\"></span></a></li>\n");
            }
            out.append("</ul>\n</div>\n");
        }

        private void table(Block.Table t) {
            // Only alignment and no-wrap come from the shared layout; openhtmltopdf sizes the columns itself, and never
            // below a cell's longest unbreakable run.
            List<TableLayout.Column> columns = TableLayout.columns(t, String::length, String::length);
            // A header never stands alone at a page foot. openhtmltopdf breaks a paginated table after its thead whatever
            // page-break-inside says, but keeps an unbreakable row group whole: a short table puts its header rows in one
            // such group with its first two body rows (it needs no header repeated on a next page); a long one keeps
            // the repeating thead and its first two rows together.
            boolean shortTable = t.rows().size() <= SHORT_TABLE_ROWS;
            out.append("<table>\n");
            if (!t.caption().isBlank()) {
                out.append("<caption>").append(text(t.caption())).append("</caption>\n");
            }
            if (!t.header().isEmpty() && !shortTable) {
                out.append("<thead>\n");
                for (List<List<Inline>> row : t.header()) {
                    row(row, columns, "th", "");
                }
                out.append("</thead>\n");
            }
            int keep = Math.min(2, t.rows().size());
            out.append("<tbody class=\"table-start\">\n");
            if (shortTable) {
                for (List<List<Inline>> row : t.header()) {
                    row(row, columns, "th", "");
                }
            }
            for (int r = 0; r < t.rows().size(); r++) {
                if (r == keep) {
                    out.append("</tbody>\n<tbody>\n");
                }
                row(t.rows().get(r), columns, "td", "");
            }
            out.append("</tbody>\n</table>\n");
        }

        private void row(List<List<Inline>> cells, List<TableLayout.Column> columns, String tag, String rowAttributes) {
            out.append("<tr").append(rowAttributes).append('>');
            for (int i = 0; i < cells.size(); i++) {
                TableLayout.Column column = i < columns.size() ? columns.get(i) : null;
                String align = column == null ? "left" : column.alignment();
                out.append('<').append(tag);
                if ("th".equals(tag)) {
                    out.append(" scope=\"col\"");
                }
                out.append(" class=\"align-").append(esc(align)).append(column != null && column.noWrap() ? " nowrap" : "")
                        .append("\">");
                inlines(cells.get(i));
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }

        /** The note's text as a floating footnote; {@code deferredNote}: its mark was already written elsewhere. */
        private void footnote(int number, boolean deferredNote) {
            written.add(number);
            Footnote note = footnotes.get(number);
            out.append("<span class=\"footnote").append(deferredNote ? " deferred" : "").append("\" id=\"fn-").append(number)
                    .append("\" data-n=\"").append(number).append("\">");
            noFloat++;
            boolean first = true;
            for (Block block : note == null ? List.<Block>of() : note.content()) {
                if (!first) {
                    out.append("<br />");
                }
                first = false;
                if (block instanceof Block.Paragraph p) {
                    inlines(p.content());
                } else {
                    out.append(esc(plainText(block)));
                }
            }
            noFloat--;
            out.append("</span>");
        }

        private void inlines(List<Inline> content) {
            for (Inline inline : content) {
                inline.accept(this);
            }
        }

        @Override
        public Void visit(Inline.Text t) {
            out.append(noFloat == 0 && inLink == 0 ? hyphenatedText(t.text()) : text(t.text()));
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            out.append("<em>");
            inlines(e.content());
            out.append("</em>");
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            out.append("<strong>");
            inlines(s.content());
            out.append("</strong>");
            return null;
        }

        @Override
        public Void visit(Inline.Code c) {
            out.append("<code>").append(esc(c.text())).append("</code>");
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            out.append("<a href=\"").append(esc(l.target())).append("\" title=\"")
                    .append(esc(Inlines.plainText(l.content()))).append("\">");
            inLink++;
            inlines(l.content());
            inLink--;
            out.append("</a>");
            return null;
        }

        @Override
        public Void visit(Inline.FootnoteRef f) {
            footnoteReference(f.number());
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak lineBreak) {
            out.append("<br />");
            return null;
        }

        @Override
        public Void visit(Inline.Inserted i) {
            // Colour and underline, and the marker as text: the change must not rest on colour alone, and a
            // screen reader or a copy of the text keeps it.
            out.append("<ins><span class=\"change-mark\">{+</span>").append(esc(i.text()))
                    .append("<span class=\"change-mark\">+}</span></ins>");
            return null;
        }

        @Override
        public Void visit(Inline.Deleted d) {
            out.append("<del><span class=\"change-mark\">[-</span>").append(esc(d.text()))
                    .append("<span class=\"change-mark\">-]</span></del>");
            return null;
        }

        private void footnoteReference(int number) {
            if (!written.contains(number) && noFloat == 0 && footnotes.containsKey(number)) {
                footnote(number, false);
                return;
            }
            if (!written.contains(number) && footnotes.containsKey(number)) {
                deferred.add(number);
            }
            out.append("<a class=\"note-ref\" href=\"#fn-").append(number).append("\" title=\"")
                    .append(esc(theme.term(DocumentTerm.VOETNOTEN) + " " + number)).append("\">").append(number)
                    .append("</a>");
        }
    }

    /** Text of a block inside a footnote, where only inline content can go. */
    private static String plainText(Block block) {
        return block.accept(NoteText.INSTANCE);
    }

    /** The words of a block in a footnote: a note is one run of text, so headings, tables and figures are left out. */
    private enum NoteText implements Block.Visitor<String> {
        INSTANCE;

        @Override
        public String visit(Block.Paragraph p) {
            return Inlines.plainText(p.content());
        }

        @Override
        public String visit(Block.ListBlock l) {
            List<String> items = new ArrayList<>();
            l.items().forEach(item -> item.forEach(b -> items.add(plainText(b))));
            return String.join("; ", items);
        }

        @Override
        public String visit(Block.Quote q) {
            List<String> parts = new ArrayList<>();
            q.content().forEach(b -> parts.add(plainText(b)));
            return String.join(" ", parts);
        }

        @Override
        public String visit(Block.Aside a) {
            List<String> parts = new ArrayList<>();
            parts.add(Inlines.plainText(a.heading().text()));
            a.content().forEach(b -> parts.add(plainText(b)));
            return String.join(" ", parts);
        }

        @Override
        public String visit(Block.Heading h) {
            return "";
        }

        @Override
        public String visit(Block.Table t) {
            return "";
        }

        @Override
        public String visit(Block.Figure f) {
            return "";
        }

        @Override
        public String visit(Block.TableOfContents toc) {
            return "";
        }

        @Override
        public String visit(Block.PageBreak pageBreak) {
            return "";
        }
    }
}
