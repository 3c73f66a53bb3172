package nl.opmaat.core.readability;

import java.util.List;
import java.util.Map;
import nl.opmaat.core.internal.Messages;

/**
 * The limits of the {@code b1.*} rules. Defaults follow common B1 guidance: sentences of 12 words on average and never
 * more than 20, Flesch-Douma 65 or more, at most one sentence in ten in the passive voice, paragraphs of at most 100
 * words. Every jargon term must be explained; that rule has no limit to set.
 *
 * @param maxAverageSentenceWords b1.zinslengte: highest average sentence length in words
 * @param maxSentenceWords        b1.zinslengte: longest sentence allowed, in words
 * @param minFleschDouma          b1.leesbaarheid: lowest Flesch-Douma score
 * @param maxPassivePercent       b1.lijdende-vorm: highest share of passive sentences, in percent
 * @param maxParagraphWords       b1.alinea-lengte: longest paragraph, in words
 */
public record ReadabilityThresholds(double maxAverageSentenceWords, int maxSentenceWords, double minFleschDouma,
                                    double maxPassivePercent, int maxParagraphWords) {

    private static final Messages MESSAGES = Messages.forPackageOf(ReadabilityThresholds.class);
    public static final String AVERAGE = "b1.zinslengte.gemiddeld";
    public static final String LONGEST = "b1.zinslengte.max";
    public static final String FLESCH = "b1.leesbaarheid.min";
    public static final String PASSIVE = "b1.lijdende-vorm.max-procent";
    public static final String PARAGRAPH = "b1.alinea-lengte.max-woorden";

    public static ReadabilityThresholds defaults() {
        return new ReadabilityThresholds(12, 20, 65, 10, 100);
    }

    /** The names that {@link #with} accepts, for help texts and messages. */
    public static List<String> keys() {
        return List.of(AVERAGE, LONGEST, FLESCH, PASSIVE, PARAGRAPH);
    }

    /**
     * These limits with one changed, e.g. {@code with("b1.zinslengte.max", "18")}. Numbers may use a decimal comma.
     *
     * @throws IllegalArgumentException with a Dutch message for an unknown name or a value that is not a number ≥ 0
     */
    public ReadabilityThresholds with(String key, String value) {
        double v;
        try {
            v = Double.parseDouble(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MESSAGES.format("drempel.geen-getal", key, value));
        }
        if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(MESSAGES.format("drempel.negatief", key, value));
        }
        return switch (key) {
            case AVERAGE -> new ReadabilityThresholds(v, maxSentenceWords, minFleschDouma, maxPassivePercent, maxParagraphWords);
            case LONGEST -> new ReadabilityThresholds(maxAverageSentenceWords, (int) v, minFleschDouma, maxPassivePercent, maxParagraphWords);
            case FLESCH -> new ReadabilityThresholds(maxAverageSentenceWords, maxSentenceWords, v, maxPassivePercent, maxParagraphWords);
            case PASSIVE -> new ReadabilityThresholds(maxAverageSentenceWords, maxSentenceWords, minFleschDouma, v, maxParagraphWords);
            case PARAGRAPH -> new ReadabilityThresholds(maxAverageSentenceWords, maxSentenceWords, minFleschDouma, maxPassivePercent, (int) v);
            default -> throw new IllegalArgumentException(MESSAGES.format("drempel.onbekend", key, String.join(", ", keys())));
        };
    }

    /** These limits with every entry of {@code overrides} applied, in key order. */
    public ReadabilityThresholds with(Map<String, String> overrides) {
        ReadabilityThresholds out = this;
        for (var entry : new java.util.TreeMap<>(overrides).entrySet()) {
            out = out.with(entry.getKey(), entry.getValue());
        }
        return out;
    }
}
