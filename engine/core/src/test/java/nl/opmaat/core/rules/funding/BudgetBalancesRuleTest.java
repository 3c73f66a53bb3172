package nl.opmaat.core.rules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.api.Test;
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

    @Test
    void statesTheYearPlainAndTheAmountsAndTheDifferenceInEuros() {
        List<Finding> findings = RuleFixtures.run(new BudgetBalancesRule(),
                RuleFixtures.fixture("funding", "budgetbalances", "InputMismatchMillions"));
        assertEquals("De lasten van 2028 tellen op tot € 13.905.000, maar het totaal is € 13.880.000 (€ 25.000 te veel).",
                findings.get(0).message());
    }
}
