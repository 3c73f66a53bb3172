package nl.opmaat.core.document;

import java.util.List;

/** A footnote, numbered from 1 in order of first reference. */
public record Footnote(int number, List<Block> content) {
    public Footnote {
        content = List.copyOf(content);
    }
}
