package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.opmaat.core.internal.Messages;

/**
 * Validates {@code plan.yaml} against the published JSON Schema and turns the validator's errors into Dutch messages
 * at the position of the offending key or value. The validator's own English text never reaches the user.
 */
public final class SchemaValidator {

    /** Classpath location of the published schema; editors read the same file from the repository. */
    public static final String SCHEMA_RESOURCE = "/nl/opmaat/schema/plan.schema.json";
    private static final Messages MESSAGES = Messages.forPackageOf(SchemaValidator.class);

    private final JsonNode schemaJson;
    private final Schema schema;

    public SchemaValidator() {
        schemaJson = Compiled.JSON;
        schema = Compiled.SCHEMA;
    }

    /**
     * The bundled schema, compiled once per process (every reader and every benchmark iteration shares it). Its
     * validators are built up front: lazily built ones would race when plans are checked in parallel.
     */
    private static final class Compiled {
        static final JsonNode JSON;
        static final Schema SCHEMA;

        static {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                JSON = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled plan schema cannot be read", e);
            }
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(JSON);
            SCHEMA.initializeValidators();
        }
    }

    /** The schema as JSON (for {@code opmaat schema} and tests). */
    public JsonNode schemaJson() {
        return schemaJson;
    }

    /** Throws with every problem, one per offending place, in file order; returns quietly for a valid plan. */
    public void validate(YamlTree tree) throws PlanInputException {
        List<Error> errors = schema.validate(tree.root());
        if (errors.isEmpty()) {
            return;
        }
        // oneOf/anyOf report their branches too; keep the most telling error per place.
        Map<String, PlanProblem> byPlace = new LinkedHashMap<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            String place = pointer + "|" + (error.getProperty() == null ? "" : error.getProperty());
            PlanProblem problem = translate(tree, error, pointer);
            PlanProblem earlier = byPlace.get(place);
            if (earlier == null || rank(error) < 0) {
                byPlace.put(place, problem);
            }
        }
        List<PlanProblem> problems = new ArrayList<>(byPlace.values());
        problems.sort(Comparator.comparing(PlanProblem::position));
        throw new PlanInputException(problems);
    }

    private static int rank(Error error) {
        // A pattern or type error on a leaf says more than the oneOf or anyOf that wraps it.
        return "oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword()) ? 1 : -1;
    }

    private PlanProblem translate(YamlTree tree, Error error, String pointer) {
        String keyword = error.getKeyword();
        String where = readable(pointer);
        JsonNode instance = error.getInstanceNode();
        String value = instance == null ? "" : instance.isTextual() ? instance.asText() : String.valueOf(instance);
        String definition = definitionOf(error);
        return switch (keyword == null ? "" : keyword) {
            case "required" -> problem(tree.positionOf(pointer), "schema.required", error.getProperty(), where);
            case "additionalProperties" -> {
                String key = error.getProperty();
                String child = pointer + "/" + YamlLoader.escape(key);
                List<String> allowed = allowedKeys(error);
                String suggestion = closest(key, allowed);
                String hintKey = suggestion == null ? "schema.unknown-key.hint" : "schema.unknown-key.suggest";
                yield new PlanProblem(tree.positionOf(child), MESSAGES.format("schema.unknown-key", key, where),
                        MESSAGES.format(hintKey, suggestion, String.join(", ", allowed)));
            }
            case "pattern", "format" -> switch (definition) {
                case "datum" -> problem(tree.valuePositionOf(pointer), "schema.date", value, where);
                case "paragraaf" -> problem(tree.valuePositionOf(pointer), "schema.reference", value, where);
                default -> problem(tree.valuePositionOf(pointer), "schema.pattern", value, where);
            };
            case "type" -> problem(tree.valuePositionOf(pointer), "schema.type", where,
                    expectedType(error), describe(instance));
            case "enum" -> problem(tree.valuePositionOf(pointer), "schema.enum", value, where,
                    enumValues(error));
            case "minLength", "minItems" -> problem(tree.valuePositionOf(pointer), "schema.empty", where);
            case "minimum" -> problem(tree.valuePositionOf(pointer), "schema.minimum", value, where, limit(error));
            case "maximum" -> problem(tree.valuePositionOf(pointer), "schema.maximum", value, where, limit(error));
            case "oneOf" -> problem(tree.valuePositionOf(pointer), "schema.reference", value, where);
            default -> problem(tree.valuePositionOf(pointer), "schema.other", where, keyword);
        };
    }

    private PlanProblem problem(nl.opmaat.api.SourcePosition at, String key, Object... arguments) {
        return new PlanProblem(at, MESSAGES.format(key, arguments), MESSAGES.formatOptional(key + ".hint", arguments));
    }

    /** RFC 6901 pointer of an instance location ({@code ""} for the root). */
    static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(YamlLoader.escape(String.valueOf(path.getElement(i))));
        }
        return out.toString();
    }

    /** {@code /vaststelling/oogo/1/datum} → {@code vaststelling.oogo[2].datum} (items counted from 1, as people do). */
    static String readable(String pointer) {
        if (pointer.isEmpty()) {
            return "plan.yaml";
        }
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(Integer.parseInt(part) + 1).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    /** The name of the schema definition the failing keyword sits in ({@code datum}, {@code paragraaf}, …). */
    private static String definitionOf(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int at = location.indexOf("#/definitions/");
        if (at < 0) {
            return "";
        }
        String rest = location.substring(at + "#/definitions/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private List<String> allowedKeys(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        String parent = fragment.endsWith("/additionalProperties")
                ? fragment.substring(0, fragment.length() - "/additionalProperties".length()) : fragment;
        JsonNode properties = schemaJson.at(parent).path("properties");
        return StreamSupport.stream(((Iterable<String>) properties::fieldNames).spliterator(), false).sorted().toList();
    }

    /** The allowed key nearest to a mistyped one, if it is close enough to be a likely typo. */
    static String closest(String key, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String expectedType(Error error) {
        JsonNode type = error.getSchemaNode();
        List<String> names = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else if (type != null) {
            names.add(type.asText());
        }
        return names.stream().map(SchemaValidator::typeName).collect(Collectors.joining(" of "));
    }

    private static String typeName(String jsonType) {
        return MESSAGES.format("type." + jsonType);
    }

    private static String describe(JsonNode instance) {
        if (instance == null || instance.isNull()) {
            return MESSAGES.format("type.null");
        }
        if (instance.isObject()) {
            return MESSAGES.format("type.object");
        }
        if (instance.isArray()) {
            return MESSAGES.format("type.array");
        }
        if (instance.isIntegralNumber()) {
            return instance.asText();
        }
        if (instance.isNumber()) {
            return instance.asText();
        }
        if (instance.isBoolean()) {
            return MESSAGES.format("type.boolean") + " (" + instance.asText() + ")";
        }
        return "''" + instance.asText() + "''";
    }

    private static String enumValues(Error error) {
        JsonNode values = error.getSchemaNode();
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(v.asText()));
        }
        return String.join(", ", out);
    }

    private static String limit(Error error) {
        JsonNode node = error.getSchemaNode();
        return node == null ? "" : node.asText();
    }
}
