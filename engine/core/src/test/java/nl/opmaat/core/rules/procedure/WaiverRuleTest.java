package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link WaiverRule} on each fixture in {@code waiver/}; the fixtures' {@code expect:} comments say what it must find. */
class WaiverRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "waiver");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new WaiverRule(), RuleFixtures.fixture("procedure", "waiver", fixture));
    }
}
