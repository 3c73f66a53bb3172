package nl.opmaat.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * The plan schema as editors and strict validators read it: valid draft-07, no construct a strict validator (ajv's
 * strict mode) refuses, a Dutch description and a valid example on every property, and the rule ids that
 * {@code afwijkingen[].regel} and {@code ernst} offer equal to the rule catalogue ({@code -Dopmaat.regenerate=true}
 * rewrites that list when the catalogue changed).
 */
class PlanSchemaTest {

    private static final Path FILE = Path.of("src/main/resources/nl/opmaat/schema/plan.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every keyword of JSON Schema draft-07 (validation and annotations); anything else is a typo to a strict validator. */
    private static final Set<String> DRAFT_07 = Set.of("$schema", "$id", "$ref", "$comment", "title", "description",
            "default", "readOnly", "writeOnly", "examples", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
            "exclusiveMinimum", "maxLength", "minLength", "pattern", "additionalItems", "items", "maxItems", "minItems",
            "uniqueItems", "contains", "maxProperties", "minProperties", "required", "additionalProperties", "definitions",
            "properties", "patternProperties", "dependencies", "propertyNames", "const", "enum", "type", "format",
            "contentMediaType", "contentEncoding", "if", "then", "else", "allOf", "anyOf", "oneOf", "not");

    private final JsonNode schema = read();

    private static JsonNode read() {
        try {
            return JSON.readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void isValidDraft07() throws IOException {
        assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText());
        try (InputStream meta = SchemaRegistry.class.getResourceAsStream("/draft-07/schema")) {
            Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(meta.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            assertEquals(List.of(), metaSchema.validate(schema));
        }
    }

    @Test
    void usesNothingAStrictValidatorRefuses() {
        List<String> problems = new ArrayList<>();
        strict(schema, "", problems);
        assertEquals(List.of(), problems);
    }

    private static void strict(JsonNode node, String at, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!DRAFT_07.contains(keyword)) {
                problems.add(at + ": unknown keyword " + keyword);
            }
        }
        if (node.path("type").isArray()) {
            problems.add(at + ": union type " + node.get("type") + " (use anyOf)");
        }
        if (node.has("$ref") && node.size() > 1) {
            problems.add(at + ": keywords beside $ref are ignored in draft-07 (wrap the $ref in allOf)");
        }
        for (JsonNode required : node.path("required")) {
            if (!node.path("properties").has(required.asText())) {
                problems.add(at + ": required " + required.asText() + " is not a property");
            }
        }
        for (String container : List.of("properties", "definitions")) {
            node.path(container).fields().forEachRemaining(e -> strict(e.getValue(), at + "/" + container + "/" + e.getKey(), problems));
        }
        for (String single : List.of("items", "additionalProperties", "propertyNames", "not")) {
            strict(node.path(single), at + "/" + single, problems);
        }
        for (String list : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < node.path(list).size(); i++) {
                strict(node.path(list).get(i), at + "/" + list + "/" + i, problems);
            }
        }
    }

    @Test
    void everyPropertyHasADutchDescriptionAndAValidExample() {
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        properties(schema, "", (pointer, property) -> {
            count[0]++;
            String description = property.path("description").asText();
            if (description.isBlank() || !description.endsWith(".")) {
                problems.add(pointer + ": no description sentence");
            }
            if (!property.path("examples").isArray() || property.path("examples").isEmpty()) {
                problems.add(pointer + ": no example");
                return;
            }
            ObjectNode standalone = property.deepCopy();
            standalone.set("definitions", schema.get("definitions"));
            Schema check = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(standalone);
            for (JsonNode example : property.get("examples")) {
                List<Error> errors = check.validate(example);
                if (!errors.isEmpty()) {
                    problems.add(pointer + ": example " + example + " is invalid: " + errors);
                }
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(count[0] > 100, "all properties, also under doelen[] and afwijkingen[]: " + count[0]);
    }

    private interface PropertyVisitor {
        void visit(String pointer, JsonNode property);
    }

    private static void properties(JsonNode node, String at, PropertyVisitor visitor) {
        if (!node.isObject()) {
            return;
        }
        node.path("properties").fields().forEachRemaining(e -> {
            visitor.visit(at + "/properties/" + e.getKey(), e.getValue());
            properties(e.getValue(), at + "/properties/" + e.getKey(), visitor);
        });
        node.path("definitions").fields().forEachRemaining(e -> properties(e.getValue(), at + "/definitions/" + e.getKey(), visitor));
        properties(node.path("items"), at + "/items", visitor);
    }

    @Test
    void ruleIdsAreTheRuleCatalogue() throws IOException {
        Set<String> catalogue = new TreeSet<>();
        BuiltInRules.catalogue(Law.load()).rules().stream().map(RuleDefinition::id).forEach(catalogue::add);
        JsonNode enumNode = schema.at("/definitions/regel-id/anyOf/0/enum");
        Set<String> inSchema = new TreeSet<>();
        enumNode.forEach(id -> inSchema.add(id.asText()));
        if (!inSchema.equals(catalogue) && Boolean.getBoolean("opmaat.regenerate")) {
            rewriteEnum(catalogue);
            return;
        }
        assertEquals(catalogue, inSchema, "the schema's rule ids differ from the catalogue; run PlanSchemaTest with "
                + "-Dopmaat.regenerate=true to rewrite them");
        assertEquals("#/definitions/regel-id", schema.at("/properties/afwijkingen/items/properties/regel/allOf/0/$ref").asText());
        assertEquals("#/definitions/regel-id", schema.at("/properties/ernst/propertyNames/$ref").asText());
    }

    @Test
    void aPluginRuleIdIsAcceptedAndANonIdIsNot() {
        Schema ids = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(((ObjectNode) schema.at("/definitions/regel-id").deepCopy()));
        assertEquals(List.of(), ids.validate(JSON.getNodeFactory().textNode("zaanstreek.weerstandsvermogen")));
        assertEquals(List.of(), ids.validate(JSON.getNodeFactory().textNode("procedure.periode")));
        assertTrue(!ids.validate(JSON.getNodeFactory().textNode("Doelen mogen later")).isEmpty());
    }

    private static void rewriteEnum(Set<String> ids) throws IOException {
        String text = Files.readString(FILE);
        Matcher list = Pattern.compile("(\"regel-id\": \\{.*?\"enum\": \\[)(.*?)(\\n\\s*\\])", Pattern.DOTALL).matcher(text);
        assertTrue(list.find(), "regel-id enum not found");
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.isEmpty() ? "" : ",").append("\n            \"").append(id).append('"');
        }
        Files.writeString(FILE, text.substring(0, list.start(2)) + items + text.substring(list.end(2)));
    }

}
