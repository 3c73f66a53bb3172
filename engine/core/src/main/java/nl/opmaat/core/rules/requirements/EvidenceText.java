package nl.opmaat.core.rules.requirements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import nl.opmaat.core.rules.ContentAssessor;

/**
 * The texts a requirement is judged on (sections and field values), sentence by sentence, with what each deferring
 * sentence refers to instead of describing. A deferring sentence never counts as evidence: it is kept only to be quoted.
 */
final class EvidenceText {

    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^()]*\\)");
    private final List<TextIndex> texts;
    /** Per text, the deferral of each sentence, or null when the sentence describes. */
    private final List<TextIndex.Deferrals> deferrals;

    /**
     * One sentence that defers.
     *
     * @param deferral what the sentence refers to instead of describing ("de website")
     */
    record Sentence(String text, String deferral) {
    }

    private EvidenceText(List<TextIndex> texts, List<TextIndex.Deferrals> deferrals) {
        this.texts = texts;
        this.deferrals = deferrals;
    }

    /** The sentences of {@code texts} (section texts and field values, in order). */
    static EvidenceText of(List<String> texts, RequirementCatalogue catalogue, ContentAssessor content) {
        List<TextIndex> indexes = new ArrayList<>();
        List<TextIndex.Deferrals> deferrals = new ArrayList<>();
        for (String text : texts) {
            TextIndex index = TextIndex.of(text);
            indexes.add(index);
            deferrals.add(index.deferrals(content.bijlagen(), sentence -> deferral(sentence, catalogue, content)));
        }
        return new EvidenceText(indexes, deferrals);
    }

    /** What a sentence defers to by its own words (placeholders, the data's patterns); the same in every plan. */
    private static final Map<String, Optional<String>> OWN_DEFERRAL = Collections.synchronizedMap(new WeakHashMap<>());

    private static String deferral(String sentence, RequirementCatalogue catalogue, ContentAssessor content) {
        Optional<String> own = OWN_DEFERRAL.get(sentence);
        if (own == null) {
            own = content.isPlaceholder(sentence) ? Optional.of(RequirementRule.MESSAGES.format("deferral.later"))
                    : catalogue.deferralIn(sentence).map(Deferral::to);
            OWN_DEFERRAL.put(sentence, own);
        }
        if (own.isPresent()) {
            return own.get();
        }
        // "(zie bijlage 1)" beside a description is an aside; a sentence that only points at the annex defers.
        if (sentence.toLowerCase(java.util.Locale.ROOT).contains("bijlage")
                && content.refersToMissingAnnex(PARENTHESES.matcher(sentence).replaceAll(""))) {
            return RequirementRule.MESSAGES.format("deferral.missing-annex");
        }
        return null;
    }

    /**
     * The terms that occur in sentences that describe (not defer), in term order; two terms that first match the same
     * word ("ondersteuningsprofiel" and "schoolondersteuningsprofiel" in one compound) count once.
     */
    List<Term> describing(List<Term> terms) {
        List<Term> out = new ArrayList<>();
        Set<List<Integer>> anchors = new HashSet<>();
        for (Term term : terms) {
            found:
            for (int t = 0; t < texts.size(); t++) {
                BitSet with = describingWith(t, term);
                int s = with.nextSetBit(0);
                if (s >= 0) {
                    if (anchors.add(List.of(t, s, term.firstMatch(texts.get(t).words(s))))) {
                        out.add(term);
                    }
                    break found;
                }
            }
        }
        return out;
    }

    /** How many describing sentences hold one of the terms. */
    int sentencesMentioning(List<Term> terms) {
        int count = 0;
        for (int t = 0; t < texts.size(); t++) {
            BitSet any = new BitSet();
            for (Term term : terms) {
                any.or(describingWith(t, term));
            }
            count += any.cardinality();
        }
        return count;
    }

    /** True when a describing sentence holds one of the terms. */
    boolean mentions(List<Term> terms) {
        return sentencesMentioning(terms) > 0;
    }

    /** The first deferring sentence that holds one of the terms. */
    Optional<Sentence> deferralAbout(List<Term> terms) {
        for (int t = 0; t < texts.size(); t++) {
            BitSet withTerm = new BitSet();
            for (Term term : terms) {
                withTerm.or(texts.get(t).sentencesWith(term));
            }
            for (int s = withTerm.nextSetBit(0); s >= 0; s = withTerm.nextSetBit(s + 1)) {
                String deferral = deferrals.get(t).of(s);
                if (deferral != null) {
                    return Optional.of(new Sentence(texts.get(t).sentences().get(s), deferral));
                }
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return texts.stream().allMatch(t -> t.sentences().isEmpty());
    }

    private BitSet describingWith(int text, Term term) {
        BitSet with = (BitSet) texts.get(text).sentencesWith(term).clone();
        TextIndex.Deferrals flags = deferrals.get(text);
        for (int s = with.nextSetBit(0); s >= 0; s = with.nextSetBit(s + 1)) {
            if (flags.of(s) != null) {
                with.clear(s);
            }
        }
        return with;
    }
}
