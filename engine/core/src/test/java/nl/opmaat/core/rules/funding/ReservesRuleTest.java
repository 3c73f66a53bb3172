package nl.opmaat.core.rules.funding;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link ReservesRule} on each fixture in {@code reserves/}; the fixtures' {@code expect:} comments say what it must find. */
class ReservesRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("funding", "reserves");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new ReservesRule(), RuleFixtures.fixture("funding", "reserves", fixture));
    }
}
