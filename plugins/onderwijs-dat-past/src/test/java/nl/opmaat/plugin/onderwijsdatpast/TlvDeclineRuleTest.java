package nl.opmaat.plugin.onderwijsdatpast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.plugin.PluginRuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TlvDeclineRuleTest {

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/onderwijsdatpast/tlvdaling");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(OnderwijsDatPastTheme.ID, new OnderwijsDatPastRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputUnmeasured"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        assertEquals(PluginRuleFixtures.expected(plan), PluginRuleFixtures.actual(run(plan)));
    }

    @Test
    void namesWhatTheGoalLacks() {
        Finding finding = run(FIXTURES.resolve("InputUnmeasured")).get(0);
        assertTrue(finding.message().contains("nulmeting en streefwaarde"), finding.message());
        assertTrue(finding.message().contains("TLV's"), "the apostrophe survives MessageFormat: " + finding.message());
    }

    @Test
    void theRealPlanOfThisSwv() {
        List<Finding> findings = run(Path.of("../../plan-sources/onderwijs-dat-past"));
        assertEquals(1, findings.size(), "the plan's TLV goal has neither baseline nor target: " + findings);
        assertTrue(findings.get(0).message().contains("nulmeting en streefwaarde"), findings.get(0).message());
    }
}
