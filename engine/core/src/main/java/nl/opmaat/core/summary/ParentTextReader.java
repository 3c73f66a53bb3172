package nl.opmaat.core.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanFileGate;
import nl.opmaat.core.load.PlanProblem;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the texts an SWV wrote for parents ({@code ouders/*.md}, in file-name order) into document blocks. Parent texts
 * are plain prose: headings, paragraphs, lists, emphasis and web links. Tables, images, footnotes and code are refused
 * with a message that names the file and line, because they do not belong in a B1 text and the summary has no place
 * for them. HTML comments are skipped. Each text inline remembers where it starts, for the readability findings.
 */
final class ParentTextReader {

    static final String DIRECTORY = "ouders";
    /** Parent texts are short; 1 MiB is far beyond any real one. */
    static final long MAX_BYTES = 1L << 20;
    private static final Messages MESSAGES = Messages.forPackageOf(ParentTextReader.class);

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** One parent text: its blocks (the file's headings one level down, so they sit under the summary's sections). */
    record ParentText(String file, List<Block> blocks, IdentityHashMap<Object, SourcePosition> origins) {
    }

    /** The parent texts of the plan in {@code directory}; problems are added to {@code problems}. */
    List<ParentText> read(Path directory, List<PlanProblem> problems) {
        PlanFileGate gate = new PlanFileGate(directory);
        if (Files.isDirectory(directory.resolve(DIRECTORY)) && gate.isOutside(DIRECTORY + "/.")) {
            problems.add(PlanFileGate.outside(SourcePosition.ofFile(DIRECTORY), DIRECTORY));
            return List.of();
        }
        List<ParentText> out = new ArrayList<>();
        for (String file : gate.markdownFilesIn(DIRECTORY)) {
            String text = readText(gate, file, problems);
            if (text != null) {
                out.add(convert(file, text, problems));
            }
        }
        return out;
    }

    ParentText convert(String file, String markdown, List<PlanProblem> problems) {
        IdentityHashMap<Object, SourcePosition> origins = new IdentityHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Node document = parser.parse(markdown);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            block(file, node, blocks, origins, problems);
        }
        return new ParentText(file, blocks, origins);
    }

    private void block(String file, Node node, List<Block> out, IdentityHashMap<Object, SourcePosition> origins,
                       List<PlanProblem> problems) {
        SourcePosition at = position(file, node);
        if (node instanceof Heading heading) {
            // The file's own headings sit below the summary's sections (level 2): # becomes 3, ## and deeper 4.
            int level = Math.min(4, heading.getLevel() + 2);
            put(out, origins, new Block.Heading(level, inlines(file, heading, origins, problems), null,
                    Block.Numbering.NONE), at);
        } else if (node instanceof Paragraph) {
            put(out, origins, new Block.Paragraph(inlines(file, node, origins, problems)), at);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    List<Block> content = new ArrayList<>();
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        block(file, child, content, origins, problems);
                    }
                    items.add(content);
                }
            }
            put(out, origins, new Block.ListBlock(node instanceof OrderedList, items), at);
        } else if (node instanceof BlockQuote) {
            List<Block> content = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(file, child, content, origins, problems);
            }
            put(out, origins, new Block.Quote(content), at);
        } else if (node instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--")) {
            return; // a comment for the editors
        } else if (node instanceof ThematicBreak) {
            return;
        } else {
            problems.add(problem(at, "ouders.unsupported", file, kind(node)));
        }
    }

    private List<Inline> inlines(String file, Node parent, IdentityHashMap<Object, SourcePosition> origins,
                                 List<PlanProblem> problems) {
        List<Inline> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                Inline.Text inline = new Inline.Text(text.getLiteral());
                origins.put(inline, position(file, node));
                out.add(inline);
            } else if (node instanceof Code code) {
                out.add(new Inline.Text(code.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                out.add(new Inline.Text(" "));
            } else if (node instanceof HardLineBreak) {
                out.add(new Inline.LineBreak());
            } else if (node instanceof Emphasis) {
                out.add(new Inline.Emphasis(inlines(file, node, origins, problems)));
            } else if (node instanceof StrongEmphasis) {
                out.add(new Inline.Strong(inlines(file, node, origins, problems)));
            } else if (node instanceof Link link) {
                List<Inline> content = inlines(file, node, origins, problems);
                String target = link.getDestination();
                if (target.startsWith("https://") || target.startsWith("http://") || target.startsWith("mailto:")) {
                    out.add(new Inline.Link(target, content));
                } else {
                    out.addAll(content); // links into the full plan have no target in the summary
                }
            } else if (node instanceof HtmlInline html && html.getLiteral().startsWith("<!--")) {
                continue;
            } else {
                problems.add(problem(position(file, node), "ouders.unsupported", file, kind(node)));
            }
        }
        return out;
    }

    private static void put(List<Block> out, IdentityHashMap<Object, SourcePosition> origins, Block block,
                            SourcePosition at) {
        out.add(block);
        origins.put(block, at);
    }

    private static String kind(Node node) {
        String name = node.getClass().getSimpleName();
        return switch (name) {
            case "TableBlock" -> MESSAGES.format("kind.table");
            case "Image" -> MESSAGES.format("kind.image");
            case "FootnoteReference", "FootnoteDefinition" -> MESSAGES.format("kind.footnote");
            case "FencedCodeBlock", "IndentedCodeBlock" -> MESSAGES.format("kind.code");
            default -> MESSAGES.format("kind.html");
        };
    }

    private static String readText(PlanFileGate gate, String file, List<PlanProblem> problems) {
        try {
            return gate.readText(file, MAX_BYTES);
        } catch (PlanFileGate.Refusal refusal) {
            SourcePosition whole = SourcePosition.ofFile(file);
            switch (refusal.reason()) {
                case OUTSIDE -> problems.add(PlanFileGate.outside(whole, file));
                case TOO_LARGE -> problems.add(problem(whole, "ouders.too-large", file, MAX_BYTES >> 20));
                case NOT_UTF8 -> problems.add(problem(whole, "ouders.not-utf8", file));
                case UNREADABLE -> problems.add(problem(whole, "ouders.unreadable", file));
                case MISSING -> { } // not a regular file (a folder named x.md): nothing to read
            }
            return null;
        }
    }

    private static SourcePosition position(String file, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return SourcePosition.ofFile(file);
        }
        return new SourcePosition(file, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    private static PlanProblem problem(SourcePosition at, String key, Object... arguments) {
        return new PlanProblem(at, MESSAGES.format(key, arguments), MESSAGES.formatOptional(key + ".hint", arguments));
    }
}
