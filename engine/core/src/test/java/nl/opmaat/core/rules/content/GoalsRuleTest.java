package nl.opmaat.core.rules.content;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link GoalsRule} on each fixture in {@code goals/}; the fixtures' {@code expect:} comments say what it must find. */
class GoalsRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("content", "goals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new GoalsRule(), RuleFixtures.fixture("content", "goals", fixture));
    }
}
