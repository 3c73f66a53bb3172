package nl.opmaat.plugin.emmen;

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

class TlvDecisionTermRuleTest {

    private static final String PLUGIN_ID = "po-22-02-emmen";

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/emmen/tlvbeslistermijn");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(PLUGIN_ID, new EmmenRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputTooLong"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        ExpectComments.Comparison comparison = PluginRuleFixtures.check(PLUGIN_ID, new EmmenRuleProvider(), plan);
        assertEquals(comparison.expected(), comparison.actual());
    }

    @Test
    void saysHowLongTheTermIsAndWhatWasPromised() {
        Finding finding = run(FIXTURES.resolve("InputTooLong")).get(0);
        assertTrue(finding.message().contains("6 weken") && finding.message().contains("hoogstens 4 weken"), finding.message());
        assertTrue(finding.hint().contains("afwijkingen:"), finding.hint());
    }

    @Test
    void theRealPlanOfThisSwv() {
        List<Finding> findings = run(Path.of("../../plan-sources/po-22-02-emmen"));
        assertEquals(List.of(), findings, "the Emmen plan promises 4 weeks at most and states 4");
    }
}
