package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link PeriodRule} on each fixture in {@code period/}; the fixtures' {@code expect:} comments say what it must find. */
class PeriodRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "period");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new PeriodRule(), RuleFixtures.fixture("procedure", "period", fixture));
    }
}
