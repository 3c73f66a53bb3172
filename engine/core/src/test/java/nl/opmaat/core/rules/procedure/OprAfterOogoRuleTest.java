package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link OprAfterOogoRule} on each fixture in {@code oprafteroogo/}; the fixtures' {@code expect:} comments say what it must find. */
class OprAfterOogoRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "oprafteroogo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new OprAfterOogoRule(), RuleFixtures.fixture("procedure", "oprafteroogo", fixture));
    }
}
