package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.opmaat.api.SourcePosition;

/**
 * {@code plan.yaml} as a JSON tree for the schema, with the position of every value and every mapping key.
 *
 * @param root          the document
 * @param valuePositions JSON pointer → where the value starts
 * @param keyPositions   JSON pointer → where the key of that value starts (absent for sequence items and the root)
 */
public record YamlTree(String file, JsonNode root, Map<String, SourcePosition> valuePositions,
                       Map<String, SourcePosition> keyPositions) {

    /**
     * The position for a pointer: the key when there is one (a reader looks for the key), else the value; for an absent
     * pointer the nearest present parent, and for nothing at all line 1 of the file.
     */
    public SourcePosition positionOf(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition key = keyPositions.get(p);
            if (key != null) {
                return key;
            }
            SourcePosition value = valuePositions.get(p);
            if (value != null && !p.isEmpty()) {
                return value;
            }
            if (p.isEmpty()) {
                return new SourcePosition(file, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The position of the value itself (not its key), or {@link #positionOf} when unknown. */
    public SourcePosition valuePositionOf(String pointer) {
        SourcePosition value = valuePositions.get(pointer);
        return value != null ? value : positionOf(pointer);
    }
}
