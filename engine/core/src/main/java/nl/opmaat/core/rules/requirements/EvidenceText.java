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

    /**
     * The terms that occur in sentences that describe (not defer), in term order; two terms that first match the same
     * word ("ondersteuningsprofiel" and "schoolondersteuningsprofiel" in one compound) count once.
     */
    List<Term> describing(List<Term> terms) {
        List<Term> out = new ArrayList<>();
        java.util.Set<Long> anchors = new java.util.HashSet<>();
        for (Term term : terms) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                int at = s.deferral().isEmpty() ? term.firstMatch(s.words()) : -1;
                if (at >= 0) {
                    if (anchors.add(((long) i << 32) | at)) {
                        out.add(term);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** How many describing sentences hold one of the terms. */
    int sentencesMentioning(List<Term> terms) {
        return (int) sentences.stream().filter(s -> s.deferral().isEmpty()
                && terms.stream().anyMatch(t -> t.occursIn(s.words()))).count();
    }

    /** True when a describing sentence holds one of the terms. */
    boolean mentions(List<Term> terms) {
        return !describing(terms).isEmpty();
    }

    /** The first deferring sentence. */
    Optional<Sentence> firstDeferral() {
        return sentences.stream().filter(s -> s.deferral().isPresent()).findFirst();
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
