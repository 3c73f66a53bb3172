package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.plugin.fixture.TwiceReportingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures count findings: a rule that reports once too often on a line fails the fixture that expects it once. */
class PluginRuleFixturesCountTest {

    private static final RuleProvider TWICE = () -> List.of(new TwiceReportingRule());

    private static Path plan(Path dir, String expect) throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), "swv:\n  naam: SWV Proefregio  # expect: " + expect + "\n"
                + "  sector: po\n  gemeenten: [Almere]\nperiode: { van: 2026-08-01, tot: 2030-07-31 }\n");
        return dir;
    }

    @Test
    void aDuplicatedFindingFailsAFixtureThatExpectsOne(@TempDir Path dir) throws IOException {
        Path plan = plan(dir, "proef.dubbel");
        assertNotEquals(PluginRuleFixtures.expected(plan),
                PluginRuleFixtures.actual(PluginRuleFixtures.run("proef", TWICE, plan)));
    }

    @Test
    void anIdListedTwiceExpectsTwoFindings(@TempDir Path dir) throws IOException {
        Path plan = plan(dir, "proef.dubbel, proef.dubbel");
        assertEquals(PluginRuleFixtures.expected(plan),
                PluginRuleFixtures.actual(PluginRuleFixtures.run("proef", TWICE, plan)));
    }
}
