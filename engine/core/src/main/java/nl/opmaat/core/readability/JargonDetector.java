package nl.opmaat.core.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.theme.GlossaryTerm;

/**
 * Finds jargon (the built-in list of passend-onderwijs terms plus a plugin's glossary) and decides whether its first use
 * in a text is explained.
 *
 * <p>A term matches as a whole word, with a plural or genitive ending (TLV's, arrangementen, thuiszitters). Terms with two
 * or more capitals (TLV, SO, PrO) match only as written, so "so" or "pro" in ordinary words do not count; other terms
 * match in any case. Where two terms overlap (voortgezet speciaal onderwijs, speciaal onderwijs) the longer one wins.
 *
 * <p>A first use counts as explained when
 * <ul>
 *   <li>the term's glossary explanation stands in the same or the next sentence, or in a run of glossary explanations
 *       right after it (this is how the parent summary explains terms: a sentence that introduces two terms is
 *       followed by both explanations); or</li>
 *   <li>the same sentence explains it: a parenthesis of three or more words right after it, a colon, or "… is een /
 *       betekent / wil zeggen / heet / oftewel …" right after it, or "we noemen dat / dat heet …" before it; or</li>
 *   <li>the next sentence starts with "Dat is / Dit betekent / Daarmee bedoelen we …", or defines the term itself
 *       ("Een TLV is een …").</li>
 * </ul>
 * Spelling the abbreviation out (toelaatbaarheidsverklaring (TLV)) is not an explanation: parents still do not know what
 * it means. Known false positives: "Het SOP is niet actueel" reads as a definition.
 */
public final class JargonDetector {

    private static final String BUILT_IN = "jargon.txt";
    private static final String AFTER_EXPLAINS = "^(?:['’]s|s|en)?\\s*(?:"
            + "\\((?:[^)\\s]+\\s+){2,}[^)]*\\)"                       // a parenthesis of three or more words
            + "|:\\s"                                                   // a colon right after the term
            + "|,?\\s+(?:is|zijn)\\s+(?:een|de|het)\\s"                 // ... is een ...
            + "|,?\\s+(?:betekent|betekenen|wil zeggen|heet|heten|staat voor|houdt in|oftewel|dat wil zeggen"
            + "|met andere woorden)\\b"
            + "|,\\s+een\\s)";                                          // an apposition: de TLV, een besluit …
    private static final Pattern AFTER = Pattern.compile(AFTER_EXPLAINS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(?:noemen we|noemen wij|we noemen|wij noemen|noemen dat|noemt men|heet|heten|zogeheten|zogenaamde)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_EXPLAINS = Pattern.compile(
            "^(?:dat|dit|die|zo['’]n\\s+\\S+|daarmee|hiermee|daarmee bedoelen we|hiermee bedoelen we)\\s+"
                    + "(?:is|zijn|betekent|betekenen|bedoelen|wil zeggen|houdt in|heet)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final List<GlossaryTerm> terms;
    private final List<Form> forms;
    private final List<String> explanations;

    /** A detector for exactly these terms. */
    public JargonDetector(List<GlossaryTerm> terms) {
        this.terms = List.copyOf(terms);
        List<Form> all = new ArrayList<>();
        for (GlossaryTerm term : this.terms) {
            all.add(form(term, term.term()));
            for (String variant : term.variants()) {
                all.add(form(term, variant));
            }
        }
        this.forms = List.copyOf(all);
        this.explanations = this.terms.stream().map(t -> normalise(t.explanation())).filter(e -> !e.isEmpty()).toList();
    }

    /**
     * The built-in list plus a plugin's glossary. A glossary term with the same name (ignoring case) as a built-in one
     * replaces it, so an SWV can give its own explanation; its variants are added to the built-in ones.
     */
    public static JargonDetector withBuiltIn(List<GlossaryTerm> glossary) {
        Map<String, GlossaryTerm> byName = new LinkedHashMap<>();
        for (GlossaryTerm term : builtInTerms()) {
            byName.put(term.term().toLowerCase(Locale.ROOT), term);
        }
        for (GlossaryTerm term : glossary) {
            String key = term.term().toLowerCase(Locale.ROOT);
            GlossaryTerm old = byName.get(key);
            if (old == null) {
                byName.put(key, term);
            } else {
                List<String> variants = new ArrayList<>(old.variants());
                term.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
                byName.put(key, new GlossaryTerm(term.term(), term.explanation(), variants));
            }
        }
        return new JargonDetector(List.copyOf(byName.values()));
    }

    /** The built-in list, from {@code jargon.txt} beside this class. */
    public static List<GlossaryTerm> builtInTerms() {
        List<GlossaryTerm> out = new ArrayList<>();
        try (InputStream in = JargonDetector.class.getResourceAsStream(BUILT_IN);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("Bad line in the built-in jargon list: " + line);
                }
                List<String> variants = Arrays.stream(parts[1].split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                out.add(new GlossaryTerm(parts[0].strip(), parts[2].strip(), variants));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in jargon list is missing from the engine", e);
        }
        return out;
    }

    public List<GlossaryTerm> terms() {
        return terms;
    }

    /** The entry for a term or any of its variants, ignoring case. */
    public Optional<GlossaryTerm> find(String name) {
        return terms.stream()
                .filter(t -> t.term().equalsIgnoreCase(name) || t.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name)))
                .findFirst();
    }

    /** Every jargon term in one piece of text, in order, longest match first where matches overlap. */
    public List<Match> matches(String text) {
        List<Match> all = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Form form : forms) {
            if (!lower.contains(form.needle)) {
                continue; // a cheap test first: most sentences hold none of the hundred or so forms
            }
            Matcher m = form.pattern.matcher(text);
            while (m.find()) {
                all.add(new Match(form.term, m.group(), m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt((Match x) -> x.end - x.start).reversed().thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match candidate : all) {
            if (kept.stream().noneMatch(k -> k.start < candidate.end && candidate.start < k.end)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** The first use of each term in the sentences, in order of appearance, each judged explained or not. */
    public List<JargonUse> firstUses(List<Sentence> sentences) {
        Map<GlossaryTerm, JargonUse> first = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            for (Match match : matches(sentence.text())) {
                if (first.containsKey(match.term)) {
                    continue;
                }
                first.put(match.term, new JargonUse(match.term, match.text, sentence, i, explained(match, sentences, i)));
            }
        }
        return List.copyOf(first.values());
    }

    /**
     * True when the glossary explanation of {@code term} stands in sentence {@code i}, in the next sentence, or in a run
     * of glossary explanations right after sentence {@code i} (a sentence that introduces two terms is followed by both
     * explanations).
     */
    private boolean glossaryExplains(GlossaryTerm term, List<Sentence> sentences, int i) {
        String explanation = normalise(term.explanation());
        if (explanation.isEmpty()) {
            return false;
        }
        if (normalise(sentences.get(i).text()).contains(explanation)) {
            return true;
        }
        for (int j = i + 1; j < sentences.size(); j++) {
            String next = normalise(sentences.get(j).text());
            if (next.contains(explanation)) {
                return true;
            }
            if (!isGlossaryExplanation(next)) {
                return false; // the run of explanations has ended
            }
        }
        return false;
    }

    private boolean isGlossaryExplanation(String normalisedSentence) {
        return explanations.stream().anyMatch(normalisedSentence::contains);
    }

    private boolean explained(Match match, List<Sentence> sentences, int i) {
        if (glossaryExplains(match.term, sentences, i)) {
            return true;
        }
        Sentence sentence = sentences.get(i);
        Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
        String text = sentence.text();
        if (AFTER.matcher(text.substring(match.end)).find()) {
            return true;
        }
        if (BEFORE.matcher(text.substring(0, match.start)).find()) {
            return true;
        }
        if (next == null) {
            return false;
        }
        if (NEXT_EXPLAINS.matcher(next.text()).find()) {
            return true;
        }
        // The next sentence defines the term itself: "Een TLV is een besluit …".
        for (Match again : matches(next.text())) {
            if (again.term.equals(match.term) && again.start <= 12
                    && AFTER.matcher(next.text().substring(again.end)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, single spaces, no closing full stop: explanations are compared as text, not as layout. */
    static String normalise(String s) {
        String out = WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    private static Pattern pattern(String form) {
        String body = Arrays.stream(form.strip().split("\\s+")).map(Pattern::quote).reduce((a, b) -> a + "\\s+" + b)
                .orElseThrow();
        long capitals = form.chars().filter(Character::isUpperCase).count();
        boolean exact = capitals >= 2;
        String suffix = exact ? "(?:['’]s|s)?" : "(?:['’]s|s|en|e|n)?";
        String regex = "(?<![\\p{L}\\p{N}])" + body + suffix + "(?![\\p{L}\\p{N}])";
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(regex, flags);
    }

    /**
     * One occurrence of a term.
     *
     * @param start 0-based offset in the text, inclusive
     * @param end   0-based offset, exclusive
     */
    public record Match(GlossaryTerm term, String text, int start, int end) {
    }

    /** @param needle the form's first word in lower case: a sentence without it cannot match */
    private record Form(GlossaryTerm term, Pattern pattern, String needle) {
    }

    private static Form form(GlossaryTerm term, String written) {
        String needle = written.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return new Form(term, pattern(written), needle);
    }
}
