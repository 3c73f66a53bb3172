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
 * @param thresholds  the names of the limits that can be set for it (see {@link ReadabilityThresholds#keys()}); empty
 *                    when there are none
 */
public record ReadabilityRule(String id, String title, List<String> legalBasis, Severity severity, String explanation,
                              List<String> thresholds) {
    public ReadabilityRule {
        legalBasis = List.copyOf(legalBasis);
        thresholds = List.copyOf(thresholds);
    }
}
