package nl.opmaat.core.readability;

import java.util.List;
import nl.opmaat.api.Severity;

/**
 * The catalogue facts of one {@code b1.*} rule, for {@code opmaat rules} and the rule pages.
 *
 * @param id          permanent rule id, e.g. {@code b1.zinslengte}
 * @param title       Dutch title
 * @param legalBasis  "goede praktijk (taalniveau B1)": these rules are good practice, not law
 * @param severity    default severity; a plan may override it under {@code ernst:}
 * @param explanation Dutch explanation with how to fix
 * @param threshold   the name of the limit to set (see {@link ReadabilityThresholds#keys()}), empty when there is none
 */
public record ReadabilityRule(String id, String title, List<String> legalBasis, Severity severity, String explanation,
                              List<String> threshold) {
    public ReadabilityRule {
        legalBasis = List.copyOf(legalBasis);
        threshold = List.copyOf(threshold);
    }
}
