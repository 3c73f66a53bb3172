package nl.opmaat.core.rules.content;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link VangnetRule} on each fixture in {@code vangnet/}; the fixtures' {@code expect:} comments say what it must find. */
class VangnetRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("content", "vangnet");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new VangnetRule(), RuleFixtures.fixture("content", "vangnet", fixture));
    }
}
