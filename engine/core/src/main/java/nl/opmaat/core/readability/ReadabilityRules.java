package nl.opmaat.core.readability;

import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;

/**
 * The {@code b1.*} rules: ids, Dutch titles and explanations, for the catalogue ({@code opmaat rules}) and for
 * {@link ReadabilityChecker}. One place, so ids and titles cannot drift apart.
 */
public final class ReadabilityRules {

    public static final String SENTENCE_LENGTH = "b1.zinslengte";
    public static final String READING_EASE = "b1.leesbaarheid";
    public static final String JARGON = "b1.jargon";
    public static final String PASSIVE_VOICE = "b1.lijdende-vorm";
    public static final String PARAGRAPH_LENGTH = "b1.alinea-lengte";
    /** Not law: the legal basis column of the catalogue says what kind of rule it is. */
    public static final String LEGAL_BASIS = "goede praktijk (taalniveau B1)";

    private static final Messages MESSAGES = Messages.forPackageOf(ReadabilityRules.class);

    private ReadabilityRules() {
    }

    /** Every b1 rule, sorted by id. */
    public static List<ReadabilityRule> all() {
        return List.of(
                rule(PARAGRAPH_LENGTH, List.of(ReadabilityThresholds.PARAGRAPH)),
                rule(JARGON, List.of()),
                rule(READING_EASE, List.of(ReadabilityThresholds.FLESCH)),
                rule(PASSIVE_VOICE, List.of(ReadabilityThresholds.PASSIVE)),
                rule(SENTENCE_LENGTH, List.of(ReadabilityThresholds.AVERAGE, ReadabilityThresholds.LONGEST)));
    }

    public static Optional<ReadabilityRule> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return all().stream().map(ReadabilityRule::id).toList();
    }

    private static ReadabilityRule rule(String id, List<String> thresholds) {
        return new ReadabilityRule(id, MESSAGES.format(id + ".title"), List.of(LEGAL_BASIS), Severity.WAARSCHUWING,
                MESSAGES.format(id + ".uitleg"), thresholds);
    }
}
