package nl.opmaat.core.rules.tlv;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link TlvExpertsRule} on each fixture in {@code tlvexperts/}; the fixtures' {@code expect:} comments say what it must find. */
class TlvExpertsRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("tlv", "tlvexperts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new TlvExpertsRule(), RuleFixtures.fixture("tlv", "tlvexperts", fixture));
    }
}
