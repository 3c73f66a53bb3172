package nl.opmaat.plugin.zaanstreek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.expect.ExpectComments;
import nl.opmaat.testkit.PluginRuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResistanceCapacityRuleTest {

    private static final String PLUGIN_ID = "zaanstreek";

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/zaanstreek/weerstandsvermogen");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(PLUGIN_ID, new ZaanstreekRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputAboveWithPlan", "InputAbove", "InputNoFigures"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        ExpectComments.Comparison comparison = PluginRuleFixtures.check(PLUGIN_ID, new ZaanstreekRuleProvider(), plan);
        assertEquals(comparison.expected(), comparison.actual());
    }

    @Test
    void givesThePercentageInDutchNotation() {
        Finding finding = run(FIXTURES.resolve("InputAbove")).get(0);
        assertTrue(finding.message().contains("5 %") && finding.message().contains("1,5 %"), finding.message());
    }

    @Test
    void theRealPlanOfThisSwv() {
        List<Finding> findings = run(Path.of("../../plan-sources/zaanstreek"));
        assertEquals(1, findings.size(), "the Zaanstreek plan gives no reserves: " + findings);
        assertEquals("zaanstreek.weerstandsvermogen", findings.get(0).ruleId());
        assertEquals("plan.yaml", findings.get(0).position().file());
    }
}
