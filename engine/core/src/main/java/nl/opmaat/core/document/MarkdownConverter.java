package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns parsed Markdown (commonmark nodes) into document blocks. Headings get the ids handed out beforehand, links are
 * resolved to headings, footnotes are numbered document-wide, and images are read from the plan directory. Problems
 * with images are collected, so one run names them all.
 */
final class MarkdownConverter {

    private final Map<Node, String> headingIds;
    private final Map<String, Map<String, FootnoteDefinition>> definitions;
    private final LinkTargets links;
    private final Footnotes footnotes;
    private final ImageLoader images;
    private final List<PlanProblem> problems = new ArrayList<>();

    /**
     * @param headingIds  the id of every heading node (identity map)
     * @param definitions footnote definitions per file, by label
     */
    MarkdownConverter(IdentityHashMap<Node, String> headingIds, Map<String, Map<String, FootnoteDefinition>> definitions,
                      LinkTargets links, Footnotes footnotes, ImageLoader images) {
        this.headingIds = headingIds;
        this.definitions = definitions;
        this.links = links;
        this.footnotes = footnotes;
        this.images = images;
    }

    List<PlanProblem> problems() {
        return problems;
    }

    /** One Markdown source: a chapter or an annex. Headings deeper than level 3 are not numbered. */
    record Source(String file, Node document, Block.Numbering numbering) {
    }

    /** The blocks of {@code parent}'s children; {@code skip} (may be null) is left out (an annex title). */
    List<Block> blocks(Source source, Node parent, Node skip) {
        List<Block> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node != skip) {
                block(source, node, out);
            }
        }
        return out;
    }

    private void block(Source source, Node node, List<Block> out) {
        if (node instanceof Heading heading) {
            Block.Numbering numbering = heading.getLevel() <= 3 ? source.numbering() : Block.Numbering.NONE;
            out.add(new Block.Heading(heading.getLevel(), inlines(source, heading), headingIds.get(heading), numbering));
        } else if (node instanceof Paragraph paragraph) {
            paragraph(source, paragraph, out);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(blocks(source, item, null));
                }
            }
            out.add(new Block.ListBlock(node instanceof OrderedList, items));
        } else if (node instanceof BlockQuote) {
            out.add(new Block.Quote(blocks(source, node, null)));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        } else if (node instanceof TableBlock) {
            out.add(table(source, node));
        } else if (node instanceof FootnoteDefinition || node instanceof HtmlBlock
                || node instanceof LinkReferenceDefinition || node instanceof ThematicBreak) {
            // Footnotes are rendered where they are referenced; raw HTML (also the fixtures' comments) is not content.
            return;
        } else {
            out.addAll(blocks(source, node, null));
        }
    }

    /** A paragraph, split around its images: each image becomes a figure of its own. */
    private void paragraph(Source source, Paragraph paragraph, List<Block> out) {
        List<Inline> run = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                flushParagraph(run, out);
                figure(source, paragraph, image).ifPresent(out::add);
            } else {
                inline(source, child, run);
            }
        }
        flushParagraph(run, out);
    }

    private static void flushParagraph(List<Inline> run, List<Block> out) {
        List<Inline> trimmed = Inlines.trim(run);
        if (!trimmed.isEmpty()) {
            out.add(new Block.Paragraph(trimmed));
        }
        run.clear();
    }

    private Optional<Block> figure(Source source, Node paragraph, Image image) {
        String alt = Inlines.plainText(inlines(source, image));
        try {
            return Optional.of(images.load(image.getDestination(), source.file(), alt, image.getTitle(),
                    position(source, paragraph)));
        } catch (PlanInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private static Block codeBlock(String literal) {
        List<Inline> lines = new ArrayList<>();
        String[] split = literal.stripTrailing().split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (i > 0) {
                lines.add(new Inline.LineBreak());
            }
            lines.add(new Inline.Code(split[i]));
        }
        return new Block.Paragraph(lines);
    }

    private Block table(Source source, Node table) {
        List<List<List<Inline>>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            List<List<List<Inline>>> target = part instanceof TableHead ? header : rows;
            if (!(part instanceof TableHead) && !(part instanceof TableBody)) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        cells.add(Inlines.trim(inlines(source, tableCell)));
                        if (target == header && header.isEmpty()) {
                            alignments.add(alignment(tableCell));
                        }
                    }
                }
                target.add(cells);
            }
        }
        return new Block.Table("", header, rows, alignments);
    }

    private static String alignment(TableCell cell) {
        if (cell.getAlignment() == null) {
            return "left";
        }
        return switch (cell.getAlignment()) {
            case CENTER -> "center";
            case RIGHT -> "right";
            default -> "left";
        };
    }

    /** The inline content of {@code parent}, adjacent text merged. */
    List<Inline> inlines(Source source, Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(source, child, out);
        }
        return Inlines.merge(out);
    }

    private void inline(Source source, Node node, List<Inline> out) {
        if (node instanceof Text text) {
            out.add(new Inline.Text(text.getLiteral()));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(source, node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(source, node)));
        } else if (node instanceof Code code) {
            out.add(new Inline.Code(code.getLiteral()));
        } else if (node instanceof Link link) {
            List<Inline> content = inlines(source, link);
            links.resolve(link.getDestination(), source.file()).ifPresentOrElse(
                    target -> out.add(new Inline.Link(target, content)), () -> out.addAll(content));
        } else if (node instanceof Image image) {
            // An image inside a heading, cell or link cannot be a figure; its alt text stands in for it.
            out.addAll(inlines(source, image));
        } else if (node instanceof HtmlInline html) {
            if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
                out.add(new Inline.LineBreak());
            }
        } else if (node instanceof FootnoteReference reference) {
            footnoteReference(source, reference.getLabel()).ifPresent(out::add);
        } else {
            out.addAll(inlines(source, node));
        }
    }

    private Optional<Inline> footnoteReference(Source source, String label) {
        OptionalInt existing = footnotes.existing(source.file(), label);
        if (existing.isPresent()) {
            return Optional.of(new Inline.FootnoteRef(existing.getAsInt()));
        }
        FootnoteDefinition definition = definitions.getOrDefault(source.file(), Map.of()).get(label);
        if (definition == null) {
            return Optional.empty();
        }
        // Number first, then convert: a footnote that refers to itself or to a later one keeps the order of reference.
        int number = footnotes.reserve(source.file(), label);
        footnotes.add(new Footnote(number, blocks(source, definition, null)));
        return Optional.of(new Inline.FootnoteRef(number));
    }

    private static SourcePosition position(Source source, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                var span = n.getSourceSpans().get(0);
                return new SourcePosition(source.file(), span.getLineIndex() + 1, span.getColumnIndex() + 1);
            }
        }
        return SourcePosition.ofFile(source.file());
    }
}
