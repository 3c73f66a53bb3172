package nl.opmaat.core.readability;

import java.util.List;
import nl.opmaat.api.SourcePosition;

/**
 * A text to check as a whole (a chapter, the parent summary): its blocks in reading order.
 *
 * @param name  what the text is, for messages: the chapter file or "de samenvatting voor ouders"
 * @param start where findings about the whole text point (the chapter's first line, the summary's source)
 */
public record TextSource(String name, SourcePosition start, List<TextBlock> blocks) {
    public TextSource {
        blocks = List.copyOf(blocks);
    }
}
