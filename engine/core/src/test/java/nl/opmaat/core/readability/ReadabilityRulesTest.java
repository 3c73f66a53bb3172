package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opmaat.core.internal.Messages;
import org.junit.jupiter.api.Test;

class ReadabilityRulesTest {

    @Test
    void listsTheRequiredRulesWithTitlesAndExplanations() {
        List<String> ids = ReadabilityRules.ids();
        Messages messages = Messages.forPackageOf(ReadabilityRules.class);
        assertTrue(ids.containsAll(List.of("b1.zinslengte", "b1.leesbaarheid", "b1.jargon")));
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "unique ids");
        for (String id : ids) {
            assertTrue(id.startsWith("b1."));
            assertFalse(messages.format(id + ".title").isBlank());
            assertFalse(messages.format(id + ".uitleg").isBlank());
            ReadabilityRules.thresholds(id).forEach(key -> assertTrue(ReadabilityThresholds.keys().contains(key), key));
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
