package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link OogoGemeentenRule} on each fixture in {@code oogogemeenten/}; the fixtures' {@code expect:} comments say what it must find. */
class OogoGemeentenRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "oogogemeenten");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new OogoGemeentenRule(), RuleFixtures.fixture("procedure", "oogogemeenten", fixture));
    }
}
