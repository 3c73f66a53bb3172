package nl.opmaat.core.rules;

import java.util.Arrays;
import java.util.List;
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
    /** A line break after a character that does not end a sentence, list item or row: the sentence goes on. */
    private static final Pattern SOFT_BREAK = Pattern.compile("(?<=[\\p{L}\\p{N},)\"'’”])\\n(?=[\\p{L}\\p{N}(])");
    private static final Messages MESSAGES = Messages.forPackageOf(ContentAssessor.class);

    private final List<Bijlage> bijlagen;

    public ContentAssessor(List<Bijlage> bijlagen) {
        this.bijlagen = bijlagen;
    }

    /** The annexes it judges references against (a cache key for what depends on them). */
    public List<Bijlage> bijlagen() {
        return bijlagen;
    }

    /** Why the section is not real content (a Dutch phrase), or empty when it is. */
    public Optional<String> emptinessReason(Section section) {
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
        String joined = SOFT_BREAK.matcher(text.strip()).replaceAll(" ");
        return Arrays.stream(joined.split("(?<=[.!?])\\s+|\\n+")).filter(s -> !s.isBlank()).toList();
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
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
