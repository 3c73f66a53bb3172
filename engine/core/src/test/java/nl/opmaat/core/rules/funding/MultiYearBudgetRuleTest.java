package nl.opmaat.core.rules.funding;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link MultiYearBudgetRule} on each fixture in {@code multiyearbudget/}; the fixtures' {@code expect:} comments say what it must find. */
class MultiYearBudgetRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("funding", "multiyearbudget");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new MultiYearBudgetRule(), RuleFixtures.fixture("funding", "multiyearbudget", fixture));
    }
}
