package nl.opmaat.core.rules.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

/** No consultation at all and an undated consultation are different defects, and the messages say which one it is. */
class OverlappingSwvConsultationMessageTest {

    private static String onlyMessage(String fixture) {
        List<Finding> findings = RuleFixtures.run(new OverlappingSwvConsultationRule(),
                RuleFixtures.fixture("procedure", "overlappingswvconsultation", fixture));
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).message();
    }

    @Test
    void noConsultationRecordedSaysSoAndDoesNotAskForADate() {
        String message = onlyMessage("InputMissing");
        assertTrue(message.contains("geen overleg vastgelegd"), message);
        assertFalse(message.contains("geen datum"), message);
    }

    @Test
    void aRecordedUndatedConsultationIsNamedAndLacksOnlyItsDate() {
        String message = onlyMessage("InputUndated");
        assertTrue(message.contains("SWV VO Flevoland") && message.contains("heeft geen datum"), message);
        assertFalse(message.contains("geen overleg vastgelegd"), message);
    }
}
