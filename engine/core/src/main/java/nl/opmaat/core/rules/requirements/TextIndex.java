package nl.opmaat.core.rules.requirements;

import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.requirements.DutchWords.Word;

/**
 * One text split into sentences and words, with an index from stems and written forms to the sentences that hold
 * them, so a term is looked up instead of matched against every word. Every rule reads the same sections (and the
 * suggestions search all of them), so indexes are shared per text; weak keys let a long-running preview forget them.
 */
final class TextIndex {

    private static final Map<String, TextIndex> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<String> sentences;
    private final List<List<Word>> words;
    private final Map<String, BitSet> byStem = new HashMap<>();
    private final Map<String, BitSet> bySurface = new HashMap<>();
    /** Evidence words of five or more letters → sentences with a longer word that contains them (compounds). */
    private final Map<String, BitSet> byContained = new HashMap<>();
    /** Written form → the catalogue's compound-capable term words inside it; the same for every text, so shared. */
    private static final Map<String, List<String>> CONTAINED = new ConcurrentHashMap<>();
    private final Map<Term, BitSet> matches = new ConcurrentHashMap<>();
    /**
     * The deferrals of the sentences for the last set of annexes asked about, compared by identity: one plan asks with
     * one list, and hashing its records on every lookup cost more than the lookup saved.
     */
    private Deferrals deferrals;

    private TextIndex(String text) {
        this.sentences = ContentAssessor.sentences(text);
        // Sections nest (a chapter's text holds its paragraphs'), so the same sentence is split into words once.
        this.words = sentences.stream().map(TextIndex::wordsOf).toList();
        for (int i = 0; i < words.size(); i++) {
            for (Word w : words.get(i)) {
                byStem.computeIfAbsent(w.stem(), k -> new BitSet()).set(i);
                bySurface.computeIfAbsent(w.surface(), k -> new BitSet()).set(i);
            }
        }
        Set<String> compoundWords = RequirementCatalogue.builtIn().compoundWords();
        for (Map.Entry<String, BitSet> e : bySurface.entrySet()) {
            for (String part : CONTAINED.computeIfAbsent(e.getKey(), surface -> partsOf(surface, compoundWords))) {
                byContained.computeIfAbsent(part, k -> new BitSet()).or(e.getValue());
            }
        }
    }

    /** The catalogue words inside a longer word: its substrings looked up, cheaper than testing every catalogue word. */
    private static List<String> partsOf(String surface, Set<String> compoundWords) {
        List<String> parts = new java.util.ArrayList<>();
        for (int from = 0; from + Term.COMPOUND_MIN <= surface.length(); from++) {
            for (int to = from + Term.COMPOUND_MIN; to <= surface.length(); to++) {
                if (to - from < surface.length() && compoundWords.contains(surface.substring(from, to))) {
                    parts.add(surface.substring(from, to));
                }
            }
        }
        return parts;
    }

    private static final Map<String, List<Word>> SENTENCE_WORDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The words of one sentence or heading, shared by every rule and plan that reads the same text. */
    static List<Word> wordsOf(String sentence) {
        List<Word> cached = SENTENCE_WORDS.get(sentence);
        if (cached == null) {
            cached = DutchWords.words(sentence);
            SENTENCE_WORDS.put(sentence, cached);
        }
        return cached;
    }

    /** Built outside the lock, so plans checked in parallel do not wait for each other's texts. */
    static TextIndex of(String text) {
        TextIndex known = CACHE.get(text);
        if (known != null) {
            return known;
        }
        TextIndex made = new TextIndex(text);
        known = CACHE.putIfAbsent(text, made);
        return known != null ? known : made;
    }

    List<String> sentences() {
        return sentences;
    }

    List<Word> words(int sentence) {
        return words.get(sentence);
    }

    /** The sentences' deferrals for one set of annexes, each judged when first asked and then kept. */
    synchronized Deferrals deferrals(Object annexes, Function<String, String> deferralOf) {
        if (deferrals == null || deferrals.annexes != annexes) {
            deferrals = new Deferrals(annexes, sentences, deferralOf);
        }
        return deferrals;
    }

    /**
     * What each sentence defers to, or null where it describes. Judged lazily: the rules only ask about sentences
     * that hold one of their terms, and the deferral patterns were the costliest part of a cold check when every
     * sentence of every section went through them. Two threads may judge the same sentence; both get the same answer.
     */
    static final class Deferrals {
        private static final String DESCRIBES = new String("describes");
        private final Object annexes;
        private final List<String> sentences;
        private final Function<String, String> deferralOf;
        private final AtomicReferenceArray<String> judged;

        private Deferrals(Object annexes, List<String> sentences, Function<String, String> deferralOf) {
            this.annexes = annexes;
            this.sentences = sentences;
            this.deferralOf = deferralOf;
            this.judged = new AtomicReferenceArray<>(sentences.size());
        }

        /** The deferral of sentence {@code s}, or null when it describes. */
        String of(int s) {
            String known = judged.get(s);
            if (known == null) {
                String deferral = deferralOf.apply(sentences.get(s));
                known = deferral == null ? DESCRIBES : deferral;
                judged.set(s, known);
            }
            return known == DESCRIBES ? null : known;
        }
    }

    /** The sentences in which {@code term} occurs. */
    BitSet sentencesWith(Term term) {
        return matches.computeIfAbsent(term, this::find);
    }

    private BitSet find(Term term) {
        BitSet candidates = null;
        for (Word w : term.words()) {
            BitSet with = sentencesWithWord(w);
            if (candidates == null) {
                candidates = with;
            } else {
                candidates.and(with);
            }
        }
        BitSet out = new BitSet();
        if (term.words().size() == 1) {
            out.or(candidates);
            return out;
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (term.firstMatch(words.get(i)) >= 0) {
                out.set(i);
            }
        }
        return out;
    }

    /** Sentences with a word that matches {@code w} as {@link Term} defines it: same stem or form, or inside a compound. */
    private BitSet sentencesWithWord(Word w) {
        BitSet out = new BitSet();
        BitSet stem = byStem.get(w.stem());
        if (stem != null) {
            out.or(stem);
        }
        BitSet surface = bySurface.get(w.surface());
        if (surface != null) {
            out.or(surface);
        }
        if (w.surface().length() >= Term.COMPOUND_MIN && RequirementCatalogue.builtIn().compoundWords().contains(w.surface())) {
            BitSet inside = byContained.get(w.surface());
            if (inside != null) {
                out.or(inside);
            }
        } else if (w.surface().length() >= Term.COMPOUND_MIN) {
            for (Map.Entry<String, BitSet> e : bySurface.entrySet()) {
                if (e.getKey().length() > w.surface().length() && e.getKey().contains(w.surface())) {
                    out.or(e.getValue());
                }
            }
        }
        return out;
    }
}
