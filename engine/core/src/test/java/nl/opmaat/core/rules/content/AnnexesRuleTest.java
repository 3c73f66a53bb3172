package nl.opmaat.core.rules.content;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link AnnexesRule} on each fixture in {@code annexes/}; the fixtures' {@code expect:} comments say what it must find. */
class AnnexesRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("content", "annexes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new AnnexesRule(), RuleFixtures.fixture("content", "annexes", fixture));
    }
}
