package nl.opmaat.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Section;
import nl.opmaat.core.internal.Messages;

/**
 * Decides whether a section holds real content, so presence rules are not fooled by a heading with nothing under it,
 * "volgt later", or "zie bijlage 7" when annex 7 is not there. Known false negative: a long text that says nothing
 * concrete still counts; judging substance is the inspector's job.
 */
public final class ContentAssessor {

    /** Fewer words than this, after dropping placeholder sentences, is no real content. */
    static final int MIN_WORDS = 10;
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?iu)\\b(volgt (later|nog|binnenkort|na)|wordt (nog |later )?(aangevuld|uitgewerkt|toegevoegd)|nog (uit te werken|te bepalen|niet bekend|in ontwikkeling)"
                    + "|n\\.?t\\.?b\\.?|p\\.?m\\.?|to ?do|tbd|nader te bepalen)(?=\\W|$)");
    private static final Pattern ANNEX_REFERENCE = Pattern.compile("(?iu)\\b(zie|in|volgens)\\s+(de\\s+)?bijlage\\s*(\\d+)?");
    private static final Messages MESSAGES = Messages.forPackageOf(ContentAssessor.class);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Bijlage> bijlagen;
    /**
     * The verdict per section, by identity: one plan's rules ask about the same sections many times (every requirement,
     * every suggestion), and an assessor lives for one plan's run.
     */
    private final Map<Section, Optional<String>> verdicts = Collections.synchronizedMap(new IdentityHashMap<>());

    public ContentAssessor(List<Bijlage> bijlagen) {
        this.bijlagen = bijlagen;
    }

    /** The annexes it judges references against (a cache key for what depends on them). */
    public List<Bijlage> bijlagen() {
        return bijlagen;
    }

    /** Why the section is not real content (a Dutch phrase), or empty when it is. */
    public Optional<String> emptinessReason(Section section) {
        Optional<String> known = verdicts.get(section);
        if (known == null) {
            known = assess(section);
            verdicts.put(section, known);
        }
        return known;
    }

    private Optional<String> assess(Section section) {
        String text = section.text().strip();
        if (text.isEmpty()) {
            return Optional.of(MESSAGES.format("content.empty"));
        }
        List<String> sentences = sentences(text);
        int substantive = 0;
        boolean placeholder = false;
        boolean missingAnnex = false;
        for (String sentence : sentences) {
            if (PLACEHOLDER.matcher(sentence).find()) {
                placeholder = true;
                continue;
            }
            Matcher annex = ANNEX_REFERENCE.matcher(sentence);
            if (annex.find()) {
                if (!annexPresent(annex.group(3), sentence)) {
                    missingAnnex = true;
                    continue;
                }
                return Optional.empty();
            }
            substantive += words(sentence);
            if (substantive >= MIN_WORDS) {
                // Enough real words already: what follows can no longer make the section empty.
                return Optional.empty();
            }
        }
        if (substantive >= MIN_WORDS) {
            return Optional.empty();
        }
        if (missingAnnex) {
            return Optional.of(MESSAGES.format("content.missing-annex"));
        }
        if (placeholder) {
            return Optional.of(MESSAGES.format("content.placeholder"));
        }
        return Optional.of(MESSAGES.format("content.too-short", substantive));
    }

    /**
     * The sentences of a section's plain text: split after . ! ? and at line breaks that end a sentence, a list item or
     * a table row. A section's text keeps the Markdown's soft line breaks, so a line that does not end in punctuation
     * runs on into the next: a sentence written over three lines is one sentence.
     */
    public static List<String> sentences(String text) {
        // A character loop, not the two regular expressions it replaces (a soft break, then a split): every rule asks
        // for the sentences of every section, and the expressions were a fifth of a check's time.
        // ContentAssessorSentencesTest holds it to those expressions.
        // Over a char array: String.charAt checks its index on every call, which a short (C1-compiled) run pays in
        // full, and Dutch text with an accent is stored two bytes per character.
        String stripped = text.strip();
        char[] chars = stripped.toCharArray();
        List<String> out = new ArrayList<>();
        int n = chars.length;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (i > 0 && isWhitespace(c) && endsSentence(chars[i - 1])) {
                add(out, stripped, start, i);
                i = skip(stripped, i, true);
                start = i;
            } else if (c == '\n' && !isSoftBreak(stripped, i)) {
                add(out, stripped, start, i);
                i = skip(stripped, i, false);
                start = i;
            } else {
                i++;
            }
        }
        add(out, stripped, start, n);
        return List.copyOf(out);
    }

    /** A line break inside a sentence: after a letter, digit, comma, closing bracket or quote, before a word. */
    private static boolean isSoftBreak(String text, int i) {
        return text.charAt(i) == '\n' && i > 0 && i + 1 < text.length()
                && continuesBefore(text.codePointBefore(i)) && continuesAfter(text.codePointAt(i + 1));
    }

    private static boolean continuesBefore(int c) {
        return isLetterOrNumber(c) || c == ',' || c == ')' || c == '"' || c == '\'' || c == '\u2019' || c == '\u201D';
    }

    private static boolean continuesAfter(int c) {
        return isLetterOrNumber(c) || c == '(';
    }

    /** Unicode letters and numbers, as {@code \\p{L}} and {@code \\p{N}} in a regular expression. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** ASCII white space, as {@code \\s} in a regular expression without Unicode classes. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The index after a run of white space (any, after a full stop) or of line breaks only. */
    private static int skip(String text, int i, boolean anyWhitespace) {
        int j = i;
        while (j < text.length() && (anyWhitespace ? isWhitespace(text.charAt(j)) : text.charAt(j) == '\n')) {
            j++;
        }
        return j;
    }

    /** Adds the sentence between two split points; the line breaks left inside it are soft and become spaces. */
    private static void add(List<String> out, String text, int from, int to) {
        String sentence = text.substring(from, to);
        if (!sentence.isBlank()) {
            out.add(sentence.indexOf('\n') < 0 ? sentence : sentence.replace('\n', ' '));
        }
    }

    /** True when the sentence only says that the text will come later ("volgt later", "nog uit te werken", "PM"). */
    public boolean isPlaceholder(String sentence) {
        return PLACEHOLDER.matcher(sentence).find();
    }

    /** True when the sentence refers to an annex ("zie bijlage 7") that the plan does not include. */
    public boolean refersToMissingAnnex(String sentence) {
        Matcher annex = ANNEX_REFERENCE.matcher(sentence);
        return annex.find() && !annexPresent(annex.group(3), sentence);
    }

    private boolean annexPresent(String number, String sentence) {
        if (number != null) {
            int index = Integer.parseInt(number) - 1;
            return index >= 0 && index < bijlagen.size() && bijlagen.get(index).present();
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return bijlagen.stream().anyMatch(b -> b.present() && lower.contains(b.titel().toLowerCase(java.util.Locale.ROOT)));
    }

    static int words(String text) {
        int count = 0;
        for (String token : WHITESPACE.split(text)) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
