package nl.opmaat.core.rules.tlv;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link TlvCategoryRule} on each fixture in {@code tlvcategory/}; the fixtures' {@code expect:} comments say what it must find. */
class TlvCategoryRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("tlv", "tlvcategory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new TlvCategoryRule(), RuleFixtures.fixture("tlv", "tlvcategory", fixture));
    }
}
