package nl.opmaat.core.rules.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A planned steunpunt gets one finding that says what is true ("alleen gepland"), whether or not the plan already gives
 * a website for it; it is never reported as absent.
 */
class SteunpuntMessageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"InputPlanned", "InputPlannedWithContact"})
    void aPlannedSteunpuntIsReportedAsPlannedNotAsMissing(String fixture) {
        List<Finding> findings = RuleFixtures.run(new SteunpuntRule(), RuleFixtures.fixture("content", "steunpunt", fixture));

        assertEquals(1, findings.size(), findings.toString());
        String message = findings.get(0).message();
        assertTrue(message.contains("alleen gepland"), message);
        assertTrue(message.contains("Steunpunt Proef"), message);
        assertFalse(message.contains("noemt geen"), message);
    }
}
