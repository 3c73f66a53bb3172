package nl.opmaat.core.readability;

import java.util.List;

/**
 * The ids of the {@code b1.*} rules this package judges, and the limits each can be given. Their catalogue entries
 * (title, severity, waivers) are ordinary rules in {@code nl.opmaat.core.rules.readability}; titles and explanations
 * stay in this package's {@code messages.properties} beside the messages, so ids and texts cannot drift apart.
 */
public final class ReadabilityRules {

    public static final String SENTENCE_LENGTH = "b1.zinslengte";
    public static final String READING_EASE = "b1.leesbaarheid";
    public static final String JARGON = "b1.jargon";
    public static final String PASSIVE_VOICE = "b1.lijdende-vorm";
    public static final String PARAGRAPH_LENGTH = "b1.alinea-lengte";
    /** Not law: the legal basis column of the catalogue says what kind of rule it is. */
    public static final String LEGAL_BASIS = "goede praktijk (taalniveau B1)";

    private ReadabilityRules() {
    }

    /** Every b1 rule id, sorted. */
    public static List<String> ids() {
        return List.of(PARAGRAPH_LENGTH, JARGON, READING_EASE, PASSIVE_VOICE, SENTENCE_LENGTH);
    }

    /** The names of the limits that can be set for a rule (see {@link ReadabilityThresholds#keys()}); may be empty. */
    public static List<String> thresholds(String id) {
        return switch (id) {
            case PARAGRAPH_LENGTH -> List.of(ReadabilityThresholds.PARAGRAPH);
            case READING_EASE -> List.of(ReadabilityThresholds.FLESCH);
            case PASSIVE_VOICE -> List.of(ReadabilityThresholds.PASSIVE);
            case SENTENCE_LENGTH -> List.of(ReadabilityThresholds.AVERAGE, ReadabilityThresholds.LONGEST);
            default -> List.of();
        };
    }
}
