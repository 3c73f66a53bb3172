package nl.opmaat.core.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.YamlLoader;
import nl.opmaat.core.load.YamlTree;

/**
 * Reads a plugin's {@code glossary.yaml}: under {@code begrippen:} a list of terms, each with {@code begrip},
 * {@code uitleg} (one B1 sentence) and optional {@code varianten} (other spellings in the plan). Parsed with the plan's own YAML loader, so the same
 * limits apply and every problem names the file and line.
 */
public final class GlossaryFile {

    /** The file's name in the plugin (at the root of its jar, from {@code src/main/resources}). */
    public static final String FILE = "glossary.yaml";
    private static final Messages MESSAGES = Messages.forPackageOf(GlossaryFile.class);
    private static final Set<String> KEYS = Set.of("begrip", "uitleg", "varianten");

    /**
     * @param terms    the terms in the file's order; empty when the file has problems
     * @param problems Dutch sentences with file and line
     */
    public record Result(List<GlossaryTerm> terms, List<String> problems) {
    }

    private GlossaryFile() {
    }

    /** The plugin's glossary; empty when it has no {@code glossary.yaml}. */
    public static Optional<Result> read(PluginFiles files) throws IOException {
        Optional<byte[]> bytes = files.read(FILE);
        return bytes.isEmpty() ? Optional.empty() : Optional.of(parse(new String(bytes.get(), StandardCharsets.UTF_8)));
    }

    static Result parse(String text) {
        YamlTree tree;
        try {
            tree = new YamlLoader(FILE).parse(text);
        } catch (PlanInputException e) {
            return new Result(List.of(), e.problems().stream().map(GlossaryFile::sentence).toList());
        }
        List<String> problems = new ArrayList<>();
        List<GlossaryTerm> terms = new ArrayList<>();
        JsonNode root = tree.root().get("begrippen");
        if (root == null || !root.isArray() || tree.root().size() != 1) {
            return new Result(List.of(), List.of(at(tree, "", MESSAGES.format("glossary-file.not-a-list"))));
        }
        for (int i = 0; i < root.size(); i++) {
            String pointer = "/begrippen/" + i;
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                problems.add(at(tree, pointer, MESSAGES.format("glossary-file.not-a-term")));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                String key = it.next().getKey();
                if (!KEYS.contains(key)) {
                    problems.add(at(tree, pointer + "/" + key, MESSAGES.format("glossary-file.unknown-key", key)));
                }
            }
            String term = text(tree, item, pointer, "begrip", problems);
            String explanation = text(tree, item, pointer, "uitleg", problems);
            List<String> variants = new ArrayList<>();
            JsonNode list = item.get("varianten");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    problems.add(at(tree, pointer + "/varianten", MESSAGES.format("glossary-file.variants")));
                } else {
                    list.forEach(v -> variants.add(v.asText()));
                }
            }
            if (term != null && explanation != null) {
                terms.add(new GlossaryTerm(term, explanation, variants));
            }
        }
        return problems.isEmpty() ? new Result(terms, List.of()) : new Result(List.of(), problems);
    }

    private static String text(YamlTree tree, JsonNode item, String pointer, String key, List<String> problems) {
        JsonNode value = item.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            problems.add(at(tree, pointer + "/" + key, MESSAGES.format("glossary-file.missing", key)));
            return null;
        }
        return value.asText().strip();
    }

    private static String at(YamlTree tree, String pointer, String message) {
        return MESSAGES.format("glossary-file.at", FILE, tree.positionOf(pointer).line(), message);
    }

    private static String sentence(PlanProblem problem) {
        return MESSAGES.format("glossary-file.at", FILE, problem.position().line(), problem.message());
    }
}
