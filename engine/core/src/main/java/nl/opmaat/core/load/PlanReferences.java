package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses every file name in {@code plan.yaml} that lies outside the plan directory (chapters, annex files and the
 * file part of paragraph references), before the schema runs: the schema would call {@code ../x.md} "geen geldige
 * verwijzing" or "een lijst verwacht", and a rule would call an outside annex "bestaat niet", while the real
 * problem is where the file lies. The answer comes from {@link PlanFileGate}, so links are followed here too.
 */
final class PlanReferences {

    /** Keys whose string values (or lists of strings) name a file of the plan, with an optional {@code #anchor}. */
    private static final Set<String> FILE_KEYS = Set.of("hoofdstukken", "bestand", "paragraaf", "sbo");

    private PlanReferences() {
    }

    static void refuseOutside(YamlTree tree, PlanFileGate gate) throws PlanInputException {
        List<PlanProblem> problems = new ArrayList<>();
        walk(tree, gate, tree.root(), "", problems);
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
    }

    private static void walk(YamlTree tree, PlanFileGate gate, JsonNode node, String pointer, List<PlanProblem> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + escape(field.getKey());
                if (FILE_KEYS.contains(field.getKey())) {
                    check(tree, gate, field.getValue(), child, out);
                } else {
                    walk(tree, gate, field.getValue(), child, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(tree, gate, node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static void check(YamlTree tree, PlanFileGate gate, JsonNode value, String pointer, List<PlanProblem> out) {
        if (value.isTextual()) {
            String file = value.asText();
            int anchor = file.indexOf('#');
            String path = anchor < 0 ? file : file.substring(0, anchor);
            if (!path.isEmpty() && gate.isOutside(path)) {
                out.add(PlanFileGate.outside(tree.valuePositionOf(pointer), path));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(tree, gate, value.get(i), pointer + "/" + i, out);
            }
        } else {
            walk(tree, gate, value, pointer, out);
        }
    }

    /** RFC 6901: the pointer syntax {@link YamlTree} keys its positions by. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
