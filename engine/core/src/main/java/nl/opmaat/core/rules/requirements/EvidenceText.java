package nl.opmaat.core.rules.requirements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.requirements.DutchWords.Word;

/**
 * The sentences a requirement is judged on, each with its words and, when it sends the reader elsewhere, what it
 * defers to. A deferring sentence never counts as evidence: it is kept only to be quoted.
 */
final class EvidenceText {

    /** Words per text, shared by the rules that read the same section; weak keys, so a long-running preview does not leak. */
    private static final Map<String, List<List<Word>>> WORDS = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Sentence> sentences;

    /**
     * One sentence.
     *
     * @param deferral what the sentence refers to instead of describing ("de website"), or empty
     */
    record Sentence(String text, List<Word> words, Optional<String> deferral) {
    }

    private EvidenceText(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** The sentences of {@code texts} (section texts and field values, in order). */
    static EvidenceText of(List<String> texts, RequirementCatalogue catalogue, ContentAssessor content) {
        List<Sentence> out = new ArrayList<>();
        for (String text : texts) {
            List<String> split = ContentAssessor.sentences(text);
            List<List<Word>> words = WORDS.computeIfAbsent(text, t -> split.stream().map(DutchWords::words).toList());
            for (int i = 0; i < split.size(); i++) {
                out.add(new Sentence(split.get(i), words.get(i), deferral(split.get(i), catalogue, content)));
            }
        }
        return new EvidenceText(out);
    }

    private static Optional<String> deferral(String sentence, RequirementCatalogue catalogue, ContentAssessor content) {
        if (content.isPlaceholder(sentence)) {
            return Optional.of(RequirementRule.MESSAGES.format("deferral.later"));
        }
        if (content.refersToMissingAnnex(sentence)) {
            return Optional.of(RequirementRule.MESSAGES.format("deferral.missing-annex"));
        }
        return catalogue.deferralIn(sentence).map(Deferral::to);
    }

    /** The distinct terms that occur in sentences that describe (not defer), in term order. */
    List<Term> describing(List<Term> terms) {
        return terms.stream().filter(t -> sentences.stream()
                .anyMatch(s -> s.deferral().isEmpty() && t.occursIn(s.words()))).toList();
    }

    /** True when a describing sentence holds one of the terms. */
    boolean mentions(List<Term> terms) {
        return !describing(terms).isEmpty();
    }

    /** The first deferring sentence that holds one of the terms. */
    Optional<Sentence> deferralAbout(List<Term> terms) {
        return sentences.stream().filter(s -> s.deferral().isPresent())
                .filter(s -> terms.stream().anyMatch(t -> t.occursIn(s.words()))).findFirst();
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }
}
