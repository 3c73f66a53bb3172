package nl.opmaat.core.rules.tlv;

import java.io.IOException;
import java.util.List;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link TlvProcedureRule} on each fixture in {@code tlvprocedure/}; the fixtures' {@code expect:} comments say what it must find. */
class TlvProcedureRuleTest {

    static List<String> cases() throws IOException {
        return RuleFixtures.cases("tlv", "tlvprocedure");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String fixture) {
        RuleFixtures.assertFindingsMatchComments(new TlvProcedureRule(), RuleFixtures.fixture("tlv", "tlvprocedure", fixture));
    }
}
