package nl.opmaat.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.opmaat.api.SourcePosition;
import org.junit.jupiter.api.Test;

/** Every key and value keeps its 1-based position; absent values point at their nearest present parent. */
class YamlLoaderPositionsTest {

    private final YamlTree tree;

    YamlLoaderPositionsTest() throws PlanInputException {
        tree = new YamlLoader("plan.yaml").parse("""
                swv:
                  naam: SWV Proef
                  gemeenten:
                    - Almere
                    - Lelystad
                vaststelling:
                  oogo:
                    - { gemeente: Almere, datum: 2026-02-10 }
                """);
    }

    @Test
    void keysPointAtTheKey() {
        assertEquals(new SourcePosition("plan.yaml", 2, 3), tree.positionOf("/swv/naam"));
    }

    @Test
    void valuesPointAtTheValue() {
        assertEquals(new SourcePosition("plan.yaml", 2, 9), tree.valuePositionOf("/swv/naam"));
        assertEquals(new SourcePosition("plan.yaml", 5, 7), tree.valuePositionOf("/swv/gemeenten/1"));
        assertEquals(new SourcePosition("plan.yaml", 8, 34), tree.valuePositionOf("/vaststelling/oogo/0/datum"));
    }

    @Test
    void absentValuesPointAtTheirNearestParent() {
        assertEquals(new SourcePosition("plan.yaml", 6, 1), tree.positionOf("/vaststelling/bestuur"));
        assertEquals(new SourcePosition("plan.yaml", 1, 1), tree.positionOf("/periode/van"));
    }
}
