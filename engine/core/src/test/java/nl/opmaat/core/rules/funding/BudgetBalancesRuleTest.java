package nl.opmaat.core.rules.funding;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link BudgetBalancesRule} on each fixture in {@code budgetbalances/}; the fixtures' {@code expect:} comments say what it must find. */
class BudgetBalancesRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("funding", "budgetbalances");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new BudgetBalancesRule(), RuleFixtures.fixture("funding", "budgetbalances", fixture));
    }
}
