package nl.opmaat.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.opmaat.api.Finding;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.expect.ExpectComments;

/**
 * Test support for plugin authors: runs one plugin's rules on a fixture plan the way {@code opmaat check} does when the
 * plan selects the plugin, and compares the findings with the {@code # expect:} comments in the fixture
 * ({@link ExpectComments}: rule id, count, and the message key or a piece of the message).
 */
public final class PluginRuleFixtures {

    /** Waivers expire relative to this fixed day, so fixtures never change meaning with the calendar. */
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    private PluginRuleFixtures() {
    }

    /** The findings of {@code provider}'s rules on the plan; fails when a rule cannot be registered or the plan is unreadable. */
    public static List<Finding> run(String pluginId, RuleProvider provider, Path planDirectory) {
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), Map.of(pluginId, List.of(provider)));
        if (!catalogue.problems().isEmpty()) {
            throw new IllegalStateException("Rules of " + pluginId + " cannot be registered: " + catalogue.problems());
        }
        try {
            return new RuleRunner(catalogue, FIXED).run(new PlanReader().read(planDirectory), pluginId).findings();
        } catch (PlanInputException e) {
            throw new IllegalStateException(planDirectory + " is not a readable plan: " + e.problems(), e);
        }
    }

    /**
     * Runs the rules on the fixture and compares with its expectations, messages included:
     * {@code assertEquals(c.expected(), c.actual())}.
     */
    public static ExpectComments.Comparison check(String pluginId, RuleProvider provider, Path planDirectory) {
        return ExpectComments.compare(planDirectory, run(pluginId, provider, planDirectory), patterns(provider));
    }

    /** {@code file:line rule-id} per finding, sorted (see {@link ExpectComments#actual}). */
    public static List<String> actual(List<Finding> findings) {
        return ExpectComments.actual(findings);
    }

    /** {@code file:line rule-id} per expectation, sorted (see {@link ExpectComments#expected}). */
    public static List<String> expected(Path planDirectory) {
        return ExpectComments.expected(planDirectory);
    }

    /** Message keys resolve in the {@code messages.properties} beside each rule class, as the engine reads them. */
    static ExpectComments.MessagePatterns patterns(RuleProvider provider) {
        List<Rule> rules = provider.rules();
        return (ruleId, key) -> rules.stream()
                .filter(r -> r.getClass().getAnnotation(RuleInfo.class) != null
                        && r.getClass().getAnnotation(RuleInfo.class).id().equals(ruleId))
                .findFirst().flatMap(rule -> pattern(rule.getClass(), ruleId + "." + key));
    }

    private static Optional<String> pattern(Class<?> ruleClass, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(ruleClass.getPackageName() + ".messages", Locale.ROOT,
                    ruleClass.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
