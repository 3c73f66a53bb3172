package nl.opmaat.core.rules.funding;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link FundsDistributionRule} on each fixture in {@code fundsdistribution/}; the fixtures' {@code expect:} comments say what it must find. */
class FundsDistributionRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("funding", "fundsdistribution");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new FundsDistributionRule(), RuleFixtures.fixture("funding", "fundsdistribution", fixture));
    }
}
