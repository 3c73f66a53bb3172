package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;
import org.junit.jupiter.api.Test;

class ReadabilityRulesTest {

    @Test
    void listsTheRequiredRulesWithTitlesAndExplanations() {
        List<ReadabilityRule> rules = ReadabilityRules.all();
        assertTrue(ReadabilityRules.ids().containsAll(List.of("b1.zinslengte", "b1.leesbaarheid", "b1.jargon")));
        assertEquals(rules.stream().map(ReadabilityRule::id).sorted().toList(), ReadabilityRules.ids(), "sorted by id");
        assertEquals(rules.size(), new HashSet<>(ReadabilityRules.ids()).size(), "unique ids");
        for (ReadabilityRule rule : rules) {
            assertTrue(rule.id().startsWith("b1."));
            assertFalse(rule.title().isBlank());
            assertFalse(rule.explanation().isBlank());
            assertEquals(List.of("goede praktijk (taalniveau B1)"), rule.legalBasis());
            assertEquals(Severity.WAARSCHUWING, rule.severity());
            rule.thresholds().forEach(key -> assertTrue(ReadabilityThresholds.keys().contains(key), key));
        }
    }

    @Test
    void everyMessageKeyBelongsToARuleOrTheThresholds() {
        Messages messages = Messages.forPackageOf(ReadabilityRules.class);
        Set<String> ids = new HashSet<>(ReadabilityRules.ids());
        for (String key : messages.keys()) {
            boolean ruleKey = ids.stream().anyMatch(id -> key.startsWith(id + "."));
            assertTrue(ruleKey || key.startsWith("drempel."), key);
            assertFalse(messages.format(key, "a", "b", "c", "d", "e", "f").contains("{"), key);
        }
    }
}
