package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link OprConsentRule} on each fixture in {@code oprconsent/}; the fixtures' {@code expect:} comments say what it must find. */
class OprConsentRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "oprconsent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new OprConsentRule(), RuleFixtures.fixture("procedure", "oprconsent", fixture));
    }
}
