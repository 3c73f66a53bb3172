package nl.opmaat.core.rules.content;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link ParentInformationRule} on each fixture in {@code parentinformation/}; the fixtures' {@code expect:} comments say what it must find. */
class ParentInformationRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("content", "parentinformation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new ParentInformationRule(), RuleFixtures.fixture("content", "parentinformation", fixture));
    }
}
