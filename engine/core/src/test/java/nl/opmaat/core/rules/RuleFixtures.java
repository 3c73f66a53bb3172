package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.builtin.BuiltInRules;

/**
 * Runs one rule on a fixture plan and compares its findings with the {@code # expect: <rule-id>} comments in the
 * fixture's {@code plan.yaml} (and {@code <!-- expect: <rule-id> -->} in its chapters): each comment expects one finding
 * of that rule on that line; {@code expect-next:} expects it on the next line (for Markdown headings). Fixtures live under {@code src/test/resources/nl/opmaat/core/rules/<topic>/<rule>/<Case>}.
 */
public final class RuleFixtures {

    /** Waivers expire relative to this fixed day, so fixtures never change meaning with the calendar. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    private RuleFixtures() {
    }

    public static Path fixture(String topic, String rule, String caseName) {
        return Path.of("src/test/resources/nl/opmaat/core/rules", topic, rule, caseName);
    }

    /**
     * The findings of {@code rule} on the fixture plan. The whole built-in catalogue runs (so rules that look at the
     * catalogue, such as waivers, see it) and only the tested rule's findings are kept.
     */
    public static List<Finding> run(Rule rule, Path planDirectory) {
        return run(rule.getClass().getAnnotation(nl.opmaat.api.rule.RuleInfo.class).id(), planDirectory);
    }

    /** The findings of the built-in rule {@code id} on the fixture plan (for rules that are data, not a class). */
    public static List<Finding> run(String id, Path planDirectory) {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        if (catalogue.find(id).isEmpty()) {
            throw new AssertionError(id + " is not in the built-in catalogue");
        }
        try {
            LoadedPlan loaded = new PlanReader().read(planDirectory);
            return new RuleRunner(catalogue, FIXED_CLOCK).run(loaded).findings().stream()
                    .filter(f -> f.ruleId().equals(id)).toList();
        } catch (PlanInputException e) {
            throw new AssertionError("Fixture " + planDirectory + " is not a readable plan: " + e.problems(), e);
        }
    }

    /** Asserts that the rule's findings are exactly the ones the fixture's comments expect (file, line and rule id). */
    public static void assertFindingsMatchComments(Rule rule, Path planDirectory) {
        assertFindingsMatchComments(rule.getClass().getAnnotation(nl.opmaat.api.rule.RuleInfo.class).id(), planDirectory);
    }

    /** As {@link #assertFindingsMatchComments(Rule, Path)}, for the built-in rule {@code id}. */
    public static void assertFindingsMatchComments(String id, Path planDirectory) {
        List<Finding> findings = run(id, planDirectory);
        assertEquals(expected(planDirectory), nl.opmaat.core.plugin.PluginRuleFixtures.actual(findings),
                "findings of " + id + " on " + planDirectory + ": " + findings);
    }

    /** The expectations of the fixture's comments; the same reading plugin authors get. */
    static List<String> expected(Path planDirectory) {
        return nl.opmaat.core.plugin.PluginRuleFixtures.expected(planDirectory);
    }

    /** Case folder names under a rule's fixture folder. */
    public static List<String> cases(String topic, String rule) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dirs = Files.list(Path.of("src/test/resources/nl/opmaat/core/rules", topic, rule))) {
            dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(out::add);
        }
        return out;
    }
}
