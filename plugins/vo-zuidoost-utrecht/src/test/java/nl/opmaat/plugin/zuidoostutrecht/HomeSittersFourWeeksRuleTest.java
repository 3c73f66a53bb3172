package nl.opmaat.plugin.zuidoostutrecht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.plugin.PluginRuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HomeSittersFourWeeksRuleTest {

    private static final Path FIXTURES = Path.of("src/test/resources/nl/opmaat/plugin/zuidoostutrecht/thuiszittersvierweken");

    private static List<Finding> run(Path plan) {
        return PluginRuleFixtures.run(ZuidoostUtrechtTheme.ID, new ZuidoostUtrechtRuleProvider(), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InputValid", "InputMissing", "InputNotZero"})
    void findingsMatchTheExpectationsInTheFixture(String fixture) {
        Path plan = FIXTURES.resolve(fixture);
        assertEquals(PluginRuleFixtures.expected(plan), PluginRuleFixtures.actual(run(plan)));
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
