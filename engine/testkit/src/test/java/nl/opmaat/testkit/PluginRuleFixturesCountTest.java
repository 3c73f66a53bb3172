package nl.opmaat.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.expect.ExpectComments;
import nl.opmaat.testkit.fixture.TwiceReportingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixtures count findings and check their messages: a rule that reports once too often on a line, or with another
 * message than the fixture names, fails it.
 */
class PluginRuleFixturesCountTest {

    private static final RuleProvider TWICE = () -> List.of(new TwiceReportingRule());

    private static Path plan(Path dir, String expect) throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), "swv:\n  naam: SWV Proefregio  # expect: " + expect + "\n"
                + "  sector: po\n  gemeenten: [Almere]\nperiode: { van: 2026-08-01, tot: 2030-07-31 }\n");
        return dir;
    }

    private static ExpectComments.Comparison check(Path plan) {
        return PluginRuleFixtures.check("proef", TWICE, plan);
    }

    @Test
    void aDuplicatedFindingFailsAFixtureThatExpectsOne(@TempDir Path dir) throws IOException {
        Path plan = plan(dir, "proef.dubbel");
        assertNotEquals(PluginRuleFixtures.expected(plan),
                PluginRuleFixtures.actual(PluginRuleFixtures.run("proef", TWICE, plan)));
        ExpectComments.Comparison once = check(plan);
        assertNotEquals(once.expected(), once.actual());
    }

    @Test
    void anIdListedTwiceExpectsTwoFindings(@TempDir Path dir) throws IOException {
        Path plan = plan(dir, "proef.dubbel, proef.dubbel");
        assertEquals(PluginRuleFixtures.expected(plan),
                PluginRuleFixtures.actual(PluginRuleFixtures.run("proef", TWICE, plan)));
        ExpectComments.Comparison twice = check(plan);
        assertEquals(twice.expected(), twice.actual());
    }

    @Test
    void theMessageKeyTheRuleReportsWithPasses(@TempDir Path dir) throws IOException {
        ExpectComments.Comparison c = check(plan(dir, "proef.dubbel:dubbel, proef.dubbel 'voor SWV Proefregio'"));
        assertEquals(c.expected(), c.actual());
    }

    @Test
    void aFindingWithAnotherMessageKeyFailsAndShowsItsMessage(@TempDir Path dir) throws IOException {
        ExpectComments.Comparison c = check(plan(dir, "proef.dubbel:anders, proef.dubbel:dubbel"));
        assertNotEquals(c.expected(), c.actual());
        assertTrue(c.actual().contains("plan.yaml:2 proef.dubbel 'Deze bevinding staat er twee keer, voor SWV Proefregio.'"),
                c.actual().toString());
    }

    @Test
    void aMessageFragmentTheMessageLacksFails(@TempDir Path dir) throws IOException {
        ExpectComments.Comparison c = check(plan(dir, "proef.dubbel 'drie keer', proef.dubbel"));
        assertNotEquals(c.expected(), c.actual());
    }

    @Test
    void aKeyTheRuleDoesNotHaveFails(@TempDir Path dir) throws IOException {
        ExpectComments.Comparison c = check(plan(dir, "proef.dubbel:bestaat-niet, proef.dubbel"));
        assertNotEquals(c.expected(), c.actual());
    }
}
