package nl.opmaat.plugin.zuidoostutrecht;

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

class HomeSittersFourWeeksRuleTest {

    private static final String PLUGIN_ID = "vo-zuidoost-utrecht";

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/zuidoostutrecht/thuiszittersvierweken");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(PLUGIN_ID, new ZuidoostUtrechtRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputNotZero"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        ExpectComments.Comparison comparison = PluginRuleFixtures.check(PLUGIN_ID, new ZuidoostUtrechtRuleProvider(), plan);
        assertEquals(comparison.expected(), comparison.actual());
    }

    @Test
    void appliesToVoPlansOnly() {
        assertTrue(HomeSittersFourWeeksRule.class.getAnnotation(nl.opmaat.api.rule.RuleInfo.class).sectors().length == 1);
        assertEquals(nl.opmaat.api.Sector.VO, HomeSittersFourWeeksRule.class.getAnnotation(nl.opmaat.api.rule.RuleInfo.class).sectors()[0]);
    }

    @Test
    void theRealPlanOfThisSwv() {
        List<Finding> findings = run(Path.of("../../plan-sources/vo-zuidoost-utrecht"));
        assertEquals(List.of(), findings, "the plan keeps its four-week goal with target 0");
    }
}
