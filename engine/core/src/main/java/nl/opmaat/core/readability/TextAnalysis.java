package nl.opmaat.core.readability;

import java.util.List;

/**
 * A text taken apart: its sentences, its figures and the first use of each jargon term.
 */
public record TextAnalysis(TextSource source, List<Sentence> sentences, ReadabilityScore score, List<JargonUse> jargon) {
    public TextAnalysis {
        sentences = List.copyOf(sentences);
        jargon = List.copyOf(jargon);
    }

    /** First uses that are not explained. */
    public List<JargonUse> unexplained() {
        return jargon.stream().filter(j -> !j.explained()).toList();
    }
}
