package nl.opmaat.core.rules.procedure;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link InspectieSubmissionRule} on each fixture in {@code inspectiesubmission/}; the fixtures' {@code expect:} comments say what it must find. */
class InspectieSubmissionRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("procedure", "inspectiesubmission");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new InspectieSubmissionRule(), RuleFixtures.fixture("procedure", "inspectiesubmission", fixture));
    }
}
