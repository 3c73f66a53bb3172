package nl.opmaat.plugin.deeem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.expect.ExpectComments;
import nl.opmaat.testkit.PluginRuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SboTargetRuleTest {

    private static final String PLUGIN_ID = "de-eem";

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/deeem/sbostreefwaarde");

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputWeaker", "InputNoNumber"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        ExpectComments.Comparison comparison = PluginRuleFixtures.check(PLUGIN_ID, new DeEemRuleProvider(), plan);
        assertEquals(comparison.expected(), comparison.actual());
    }

    @Test
    void namesTheAgreedTargetAndYearInDutch() {
        List<Finding> findings = PluginRuleFixtures.run(PLUGIN_ID, new DeEemRuleProvider(), FIXTURES.resolve("InputWeaker"));
        assertEquals(2, findings.size());
        Finding weaker = findings.stream().filter(f -> f.message().contains("streefwaarde")).findFirst().orElseThrow();
        assertTrue(weaker.message().contains("2,6 %") && weaker.message().contains("2,4 %"), weaker.message());
        Finding later = findings.stream().filter(f -> f.message().contains("jaar")).findFirst().orElseThrow();
        assertTrue(later.message().contains("2030") && later.message().contains("2028"), later.message());
        assertTrue(findings.stream().noneMatch(f -> f.hint().isBlank()), "every finding has a hint");
    }

    @Test
    void theRealPlanOfDeEemKeepsItsOwnTarget() {
        Path plan = Path.of("../../plan-sources/de-eem");
        assertEquals(List.of(), PluginRuleFixtures.run(PLUGIN_ID, new DeEemRuleProvider(), plan));
    }
}
