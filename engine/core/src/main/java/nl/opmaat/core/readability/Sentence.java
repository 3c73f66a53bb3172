package nl.opmaat.core.readability;

import java.util.List;
import nl.opmaat.api.SourcePosition;

/**
 * One sentence of a text.
 *
 * @param text     the sentence as written, trimmed
 * @param words    its words: tokens with at least one letter or digit, punctuation around them removed
 * @param position where the sentence starts in its source (1-based line and column)
 * @param block    index of the {@link TextBlock} it belongs to, in its {@link TextSource}
 * @param kind     the kind of that block
 */
public record Sentence(String text, List<String> words, SourcePosition position, int block, TextBlock.Kind kind) {
    public Sentence {
        words = List.copyOf(words);
    }

    /** Headings are titles, not sentences: they are left out of sentence length and Flesch-Douma. */
    public boolean counts() {
        return kind != TextBlock.Kind.HEADING;
    }
}
