package nl.opmaat.core.load;

import java.util.ArrayList;
import java.util.List;
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

    private final Parser parser;
    private final TextContentRenderer text;

    public ChapterReader() {
        var extensions = List.of(TablesExtension.create(), FootnotesExtension.create());
        parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        text = TextContentRenderer.builder().extensions(extensions).build();
    }

    /** The commonmark parser configured as opmaat reads chapters (renderers use the same one). */
    public Parser parser() {
        return parser;
    }

    public Chapter read(String file, String markdown) {
        Node document = parser.parse(markdown);
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
