package nl.opmaat.plugin.onderwijsdatpast;

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

class TlvDeclineRuleTest {

    private static final String PLUGIN_ID = "onderwijs-dat-past";

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/onderwijsdatpast/tlvdaling");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(PLUGIN_ID, new OnderwijsDatPastRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputUnmeasured", "InputNoDecline"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        ExpectComments.Comparison comparison = PluginRuleFixtures.check(PLUGIN_ID, new OnderwijsDatPastRuleProvider(), plan);
        assertEquals(comparison.expected(), comparison.actual());
    }

    @Test
    void namesTheFiguresThatShowNoFall() {
        Finding finding = run(FIXTURES.resolve("InputNoDecline")).get(0);
        assertTrue(finding.message().contains("210") && finding.message().contains("170"), finding.message());
        assertTrue(finding.message().contains("TLV's"), "the apostrophe survives MessageFormat: " + finding.message());
    }

    @Test
    void leavesAGoalWithoutFiguresToTheBuiltInGoalsRule() {
        assertEquals(List.of(), run(FIXTURES.resolve("InputUnmeasured")),
                "inhoud.doelen already reports the missing nulmeting and streefwaarde on this goal");
    }

    @Test
    void theRealPlanOfThisSwv() {
        assertEquals(List.of(), run(Path.of("../../plan-sources/onderwijs-dat-past")),
                "the plan's TLV goal has no figures: that is inhoud.doelen's finding, not a second one from this plugin");
    }
}
