package nl.opmaat.core.plugin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.internal.Messages;

/** Checks glossary terms: a name, one B1 sentence of explanation, no term twice. */
public final class GlossaryCheck {

    /** Sentences longer than this are hard to read at B1. */
    static final int MAX_WORDS = 25;
    private static final Messages MESSAGES = Messages.forPackageOf(GlossaryCheck.class);

    private GlossaryCheck() {
    }

    public static List<String> problems(List<GlossaryTerm> terms) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GlossaryTerm term : terms) {
            if (term.term() == null || term.term().isBlank()) {
                problems.add(MESSAGES.format("glossary.term-empty"));
                continue;
            }
            if (!seen.add(term.term().toLowerCase(Locale.ROOT))) {
                problems.add(MESSAGES.format("glossary.duplicate", term.term()));
            }
            String text = term.explanation() == null ? "" : term.explanation().strip();
            if (!isOneSentence(text)) {
                problems.add(MESSAGES.format("glossary.sentence", term.term()));
            }
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (words > MAX_WORDS) {
                problems.add(MESSAGES.format("glossary.length", term.term(), words, MAX_WORDS));
            }
        }
        return problems;
    }

    /** Starts with a capital or digit, ends with a full stop, and has no sentence end inside. */
    static boolean isOneSentence(String text) {
        if (text.length() < 2 || !text.endsWith(".")) {
            return false;
        }
        char first = text.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        String inner = text.substring(0, text.length() - 1);
        return !inner.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
    }
}
