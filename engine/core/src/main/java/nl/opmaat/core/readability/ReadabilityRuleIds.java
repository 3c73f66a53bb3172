package nl.opmaat.core.readability;

import java.util.Set;

/**
 * The ids of the readability rules ({@code b1.*}), which run on text rather than on plan.yaml. Waivers may name them.
 */
public final class ReadabilityRuleIds {

    private static final Set<String> IDS = Set.of("b1.zinslengte", "b1.leesbaarheid", "b1.jargon", "b1.lijdende-vorm",
            "b1.alinea-lengte");

    private ReadabilityRuleIds() {
    }

    public static boolean contains(String id) {
        return IDS.contains(id);
    }
}
