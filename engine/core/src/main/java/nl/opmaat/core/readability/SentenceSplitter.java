package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text blocks into sentences, keeping each sentence's source position.
 *
 * <p>A full stop ends a sentence only when whitespace and a word that may start a sentence follow (a capital, a digit,
 * a quote), and never after an abbreviation that precedes a name or number ({@code dhr.}, {@code bijv.}, {@code nr.},
 * {@code o.a.}, months, …) or after an initial ({@code J. de Vries}). Abbreviations that may close a sentence
 * ({@code enz.}, {@code e.d.}, {@code z.s.m.}) end it only before a capital letter, not before a number. Numbers ({@code 1.250}, {@code 3,5}) and
 * dates contain no whitespace after the dot, so they never split. Headings are never split; a block (heading, list
 * item, paragraph) always ends its last sentence, so sentences never run from one block into the next.
 */
public final class SentenceSplitter {

    /** Abbreviations that are followed by a name, number or more of the sentence: never a sentence end. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "st", "bijv", "bv", "vb", "o.a", "m.b.t",
            "d.w.z", "i.p.v", "t.a.v", "t.b.v", "i.o.m", "i.s.m", "m.u.v", "n.a.v", "i.v.m", "m.n", "nr", "nrs", "art",
            "ca", "vgl", "zgn", "resp", "incl", "excl", "evt", "blz", "pag", "p", "tel", "afd", "min", "max", "gem",
            "mln", "mld", "mrd", "jan", "febr", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
            "dec", "t.w", "z.o.z", "o.b.v", "a.d.h.v", "e.e.a", "c.q");
    /** Abbreviations that may close a sentence: a sentence end only when a capital follows. */
    private static final Set<String> MAY_BE_FINAL = Set.of(
            "enz", "etc", "e.d", "e.a", "e.v", "jl", "z.s.m", "a.u.b", "s.v.p", "e.o");
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = ")]}\"'”’»";
    private static final String OPENERS = "([{\"'“‘„«";

    /** The sentences of one block, in order. {@code blockIndex} is stored in each sentence. */
    public List<Sentence> split(TextBlock block, int blockIndex) {
        List<Sentence> out = new ArrayList<>();
        String text = block.text();
        if (block.kind() == TextBlock.Kind.HEADING) {
            add(out, block, blockIndex, 0, text.length());
            return out;
        }
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (TERMINATORS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                i = end;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n || endsSentence(text, start, i, next)) {
                add(out, block, blockIndex, start, end);
                start = next;
            }
            i = end;
        }
        add(out, block, blockIndex, start, n);
        return out;
    }

    /** All sentences of a text, blocks in order. */
    public List<Sentence> split(TextSource source) {
        List<Sentence> out = new ArrayList<>();
        for (int b = 0; b < source.blocks().size(); b++) {
            out.addAll(split(source.blocks().get(b), b));
        }
        return out;
    }

    /**
     * Decides for the terminator at {@code at}, followed by whitespace and the next word at {@code next}, whether the
     * sentence that began at {@code start} ends there.
     */
    private static boolean endsSentence(String text, int start, int at, int next) {
        char terminator = text.charAt(at);
        boolean nextIsCapital = startsWithCapital(text, next);
        boolean nextIsUpperLetter = nextIsCapital && !Character.isDigit(firstLetterOrDigit(text, next));
        boolean nextIsLower = !nextIsCapital && Character.isLowerCase(firstLetterOrDigit(text, next));
        if (terminator != '.') {
            return !nextIsLower;
        }
        if (at > 0 && text.charAt(at - 1) == '.') {
            // An ellipsis written as dots: like … it ends the sentence unless the text runs on in lower case.
            return !nextIsLower;
        }
        String token = tokenBefore(text, start, at);
        String key = token.toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(key)) {
            return false;
        }
        if (token.matches("(\\p{Lu}\\.)*\\p{Lu}")) {
            return false; // initials: J. de Vries, A.B. Jansen
        }
        if (isEnumerator(text, start, at, token)) {
            return false;
        }
        if (MAY_BE_FINAL.contains(key) || isLetterAbbreviation(key)) {
            return nextIsUpperLetter; // "d.d. 17 april" runs on; "enz. De regio" ends
        }
        return !nextIsLower;
    }

    /** The word that the dot at {@code at} closes, without brackets or quotes around it. */
    private static String tokenBefore(String text, int start, int at) {
        int from = at;
        while (from > start && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String token = text.substring(from, at);
        int s = 0;
        while (s < token.length() && OPENERS.indexOf(token.charAt(s)) >= 0) {
            s++;
        }
        int e = token.length();
        while (e > s && CLOSERS.indexOf(token.charAt(e - 1)) >= 0) {
            e--;
        }
        return token.substring(s, e);
    }

    /** "1." or "a." as the very first token of a block or sentence: a list number, not a sentence. */
    private static boolean isEnumerator(String text, int start, int at, String token) {
        boolean first = text.substring(start, at).strip().equals(token);
        return first && (token.matches("\\d{1,2}") || token.matches("[a-z]"));
    }

    /** Letters separated by dots (o.a, z.s.m, a.s): an abbreviation we do not list. */
    private static boolean isLetterAbbreviation(String key) {
        return key.matches("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");
    }

    private static boolean startsWithCapital(String text, int next) {
        // 's and 't are written in lower case at the start of a sentence ('s Morgens, 't Is zover).
        for (String elided : List.of("'s ", "’s ", "'t ", "’t ", "'s-", "’s-")) {
            if (text.startsWith(elided, next)) {
                return true;
            }
        }
        char c = firstLetterOrDigit(text, next);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The first letter or digit from {@code i}, skipping opening quotes and brackets ('s, “Wij …). */
    private static char firstLetterOrDigit(String text, int i) {
        for (int k = i; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (Character.isWhitespace(c)) {
                break;
            }
        }
        return ' ';
    }

    private static void add(List<Sentence> out, TextBlock block, int blockIndex, int from, int to) {
        String text = block.text();
        int s = from;
        while (s < to && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        String sentence = text.substring(s, e);
        List<String> words = Words.of(sentence);
        if (words.isEmpty()) {
            return;
        }
        out.add(new Sentence(sentence, words, block.positionAt(s), blockIndex, block.kind()));
    }
}
