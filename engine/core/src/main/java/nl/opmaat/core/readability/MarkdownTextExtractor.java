package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Plan;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown file into text blocks for the readability checker: headings, paragraphs and list items as plain
 * text, each character traced back to its line and column through commonmark's inline source spans. Tables, code and
 * HTML are not running text and are left out; so are images and footnote markers.
 */
public final class MarkdownTextExtractor {

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Every chapter of the plan as a text, in plan order. */
    public List<TextSource> chapters(Plan plan) {
        List<TextSource> out = new ArrayList<>();
        for (Chapter chapter : plan.chapters()) {
            out.add(extract(chapter.file(), chapter.markdown(), chapter.file()));
        }
        return out;
    }

    /** The text of {@code markdown}, read from {@code file} (a path relative to the plan directory). */
    public TextSource extract(String file, String markdown, String name) {
        List<TextBlock> blocks = new ArrayList<>();
        collect(parser.parse(markdown), file, blocks);
        return new TextSource(name, new SourcePosition(file, 1, 1), blocks);
    }

    private void collect(Node node, String file, List<TextBlock> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading) {
                block(child, TextBlock.Kind.HEADING, file, out);
            } else if (child instanceof Paragraph) {
                boolean inList = child.getParent() instanceof ListItem;
                block(child, inList ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH, file, out);
            } else if (child instanceof TableBlock || child instanceof FencedCodeBlock
                    || child instanceof IndentedCodeBlock || child instanceof HtmlBlock) {
                continue;
            } else {
                collect(child, file, out); // lists, list items, block quotes, footnote definitions
            }
        }
    }

    private static void block(Node node, TextBlock.Kind kind, String file, List<TextBlock> out) {
        StringBuilder text = new StringBuilder();
        List<TextBlock.Anchor> anchors = new ArrayList<>();
        inline(node, file, text, anchors);
        if (text.toString().isBlank()) {
            return;
        }
        if (anchors.isEmpty() || anchors.get(0).offset() > 0) {
            anchors.add(0, new TextBlock.Anchor(0, start(node, file), true));
        }
        out.add(new TextBlock(kind, text.toString(), anchors));
    }

    private static void inline(Node node, String file, StringBuilder text, List<TextBlock.Anchor> anchors) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                append(t.getLiteral(), child, file, text, anchors);
            } else if (child instanceof Code c) {
                append(c.getLiteral(), child, file, text, anchors);
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof Image || child instanceof FootnoteReference || child instanceof HtmlInline) {
                continue;
            } else {
                inline(child, file, text, anchors); // emphasis, strong, links: their text counts
            }
        }
    }

    private static void append(String literal, Node node, String file, StringBuilder text,
                               List<TextBlock.Anchor> anchors) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            SourceSpan span = spans.get(0);
            anchors.add(new TextBlock.Anchor(text.length(),
                    new SourcePosition(file, span.getLineIndex() + 1, span.getColumnIndex() + 1), true));
        }
        text.append(literal);
    }

    private static SourcePosition start(Node node, String file) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return SourcePosition.ofFile(file);
        }
        return new SourcePosition(file, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }
}
