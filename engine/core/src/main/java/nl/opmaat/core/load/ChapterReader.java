package nl.opmaat.core.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Section;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads a Markdown chapter into its headings and the plain text under each, with 1-based positions from
 * commonmark-java's source spans.
 */
public final class ChapterReader {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    /** One parser for the whole process: commonmark's parser is immutable and thread-safe, and costly to build. */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    /**
     * The tree of each text read, so the document builder renders the tree the check read instead of parsing the
     * chapter again; weak keys (the chapter's own text) let a long-running process forget plans it no longer holds.
     */
    private static final Map<String, Node> TREES = Collections.synchronizedMap(new WeakHashMap<>());

    private final Parser parser = PARSER;
    private final TextContentRenderer text = TEXT;

    /** The commonmark parser configured as opmaat reads chapters (renderers use the same one). */
    public Parser parser() {
        return parser;
    }

    /** The parsed tree of {@code markdown}: parsed once per text, shared read-only (no caller changes a tree). */
    public static Node tree(String markdown) {
        Node known = TREES.get(markdown);
        if (known == null) {
            known = PARSER.parse(markdown);
            TREES.put(markdown, known);
        }
        return known;
    }

    public Chapter read(String file, String markdown) {
        Node document = tree(markdown);
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
            int column = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getColumnIndex() + 1;
            if (node instanceof Heading heading) {
                blocks.add(new Block(heading.getLevel(), text.render(heading).trim(), line, column));
            } else {
                blocks.add(new Block(0, text.render(node).trim(), line, column));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block heading = blocks.get(i);
            if (heading.level == 0) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (int j = i + 1; j < blocks.size() && (blocks.get(j).level == 0 || blocks.get(j).level > heading.level); j++) {
                if (blocks.get(j).level == 0 && !blocks.get(j).text.isEmpty()) {
                    body.append(blocks.get(j).text).append('\n');
                }
            }
            sections.add(new Section(file, Slugs.of(heading.text), heading.text, heading.level,
                    new SourcePosition(file, heading.line, heading.column), body.toString().trim()));
        }
        return new Chapter(file, markdown, sections);
    }

    /** The whole file as one section, for references without an anchor. */
    public static Section wholeFile(Chapter chapter, String plainText) {
        return new Section(chapter.file(), "", chapter.title(), 0, new SourcePosition(chapter.file(), 1, 1), plainText);
    }

    private record Block(int level, String text, int line, int column) {
    }
}
