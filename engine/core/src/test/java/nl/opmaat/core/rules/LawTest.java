package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.opmaat.core.plugin.fixture.PendingLawRule;
import org.junit.jupiter.api.Test;

/** wetgeving.properties: an empty date fails at load instead of putting every plan under the provision. */
class LawTest {

    private static Law law(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return Law.of(p);
    }

    @Test
    void anEmptyInForceDateFailsLoudlyNamingTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> law("proef-wet.van=\nproef-wet.bron=x\n"));
        assertTrue(e.getMessage().contains("proef-wet.van is empty"), e.getMessage());
        assertTrue(e.getMessage().contains(Law.PENDING), e.getMessage());
    }

    @Test
    void aBadDateFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> law("proef-wet.van=1 augustus 2014\n"));
    }

    @Test
    void aRuleUnderAPendingLawCoversNoPlan() throws IOException {
        Law law = law("proef-wet.van=" + Law.PENDING + "\nproef-wet.bron=wetsvoorstel\n");
        assertFalse(law.enacted("proef-wet"));
        RuleCatalogue catalogue = RuleCatalogue.of(law, Map.of("opmaat", List.of(() -> List.of(new PendingLawRule()))));
        assertEquals(List.of(), catalogue.problems());
        RuleDefinition rule = catalogue.find("proef.nog-geen-wet").orElseThrow();
        assertFalse(rule.inForceDuring(LocalDate.of(2026, 8, 1), LocalDate.of(2030, 7, 31)));
    }

    @Test
    void aRuleUnderAnEnactedLawCoversPlansFromItsDate() throws IOException {
        Law law = law("proef-wet.van=2027-01-01\n");
        RuleDefinition rule = RuleCatalogue.of(law, Map.of("opmaat", List.of(() -> List.of(new PendingLawRule()))))
                .find("proef.nog-geen-wet").orElseThrow();
        assertFalse(rule.inForceDuring(LocalDate.of(2022, 8, 1), LocalDate.of(2026, 7, 31)));
        assertTrue(rule.inForceDuring(LocalDate.of(2026, 8, 1), LocalDate.of(2030, 7, 31)));
    }

    @Test
    void theShippedLawDataLoads() {
        assertFalse(Law.load().enacted("ouder-jeugdsteunpunt-wet"));
        assertTrue(Law.load().enacted("passend-onderwijs"));
    }
}
