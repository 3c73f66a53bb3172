package nl.opmaat.core.document;

import java.util.List;

/**
 * A whole document: metadata, body blocks in reading order, and footnotes (numbered from 1 in order of first reference).
 */
public record Document(DocumentMeta meta, List<Block> blocks, List<Footnote> footnotes) {
    public Document {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }
}
