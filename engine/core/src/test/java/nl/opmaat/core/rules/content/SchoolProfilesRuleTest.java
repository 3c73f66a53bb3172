package nl.opmaat.core.rules.content;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link SchoolProfilesRule} on each fixture in {@code schoolprofiles/}; the fixtures' {@code expect:} comments say what it must find. */
class SchoolProfilesRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("content", "schoolprofiles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new SchoolProfilesRule(), RuleFixtures.fixture("content", "schoolprofiles", fixture));
    }
}
