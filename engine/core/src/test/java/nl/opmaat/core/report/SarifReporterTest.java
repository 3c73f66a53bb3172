package nl.opmaat.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    /** The official OASIS schema (errata 01) is draft-04; its meta-schema ships in the validator jar, so this is offline. */
    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode json = JSON.readTree(in);
            assertEquals("http://json-schema.org/draft-04/schema#", json.path("$schema").asText());
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(json);
        }
    }

    static Stream<Path> shippedPlans() {
        return Reports.shippedPlans().stream();
    }

    /** Shipped plans are named from the repository root; hand-made ones from the working directory. */
    private static JsonNode sarif(CheckResult result) throws IOException {
        Path base = result.plans().get(0).plan().startsWith("/") ? Reports.ROOT : Path.of("");
        String text = Reports.write(new SarifReporter(base, "test"), result);
        List<Error> errors = schema.validate(text, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors);
        return JSON.readTree(text);
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void shippedPlanGivesValidSarifWithOneResultPerFinding(Path plan) throws IOException {
        CheckResult result = Reports.check(plan, Severity.FOUT);
        JsonNode log = sarif(result);
        PlanReport report = result.plans().get(0);
        JsonNode results = log.path("runs").get(0).path("results");
        assertEquals(report.findings().size() + report.inputProblems().size(), results.size());
        for (JsonNode r : results) {
            String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertTrue(uri.startsWith("plan-sources/" + plan.getFileName() + "/"), uri);
            assertFalse(uri.contains("\\"), uri);
        }
    }

    @Test
    void invalidSarifIsRejectedSoTheValidationMeansSomething() throws IOException {
        ObjectNode log = (ObjectNode) JSON.readTree(Reports.write(new SarifReporter(Path.of(""), "test"),
                Reports.handMade(Severity.FOUT)));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fataal");
        assertFalse(schema.validate(JSON.writeValueAsString(log), InputFormat.JSON).isEmpty());
    }

    @Test
    void everyCatalogueRuleIsDescribedWithItsLegalBasis() throws IOException {
        JsonNode rules = sarif(Reports.handMade(Severity.FOUT)).at("/runs/0/tool/driver/rules");
        assertEquals(Reports.CATALOGUE.rules().size() + 1, rules.size(), "the catalogue plus invoer");
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        assertTrue(ids.contains(ReportEntry.INPUT_RULE));
        for (RuleDefinition rule : Reports.CATALOGUE.rules()) {
            JsonNode node = find(rules, rule.id());
            assertEquals(rule.title(), node.at("/shortDescription/text").asText());
            assertFalse(node.at("/fullDescription/text").asText().isBlank(), rule.id());
            assertEquals(rule.legalBasis().size(), node.at("/properties/legalBasis").size());
            assertEquals(rule.legalBasis().get(0), node.at("/properties/legalBasis/0").asText());
            assertEquals(SarifReporter.level(rule.severity()), node.at("/defaultConfiguration/level").asText());
        }
    }

    @Test
    void mapsLevelsPositionsSuppressionsAndInputProblems() throws IOException {
        JsonNode log = sarif(Reports.handMade(Severity.FOUT));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(5, results.size());
        JsonNode first = results.get(0);
        assertEquals("procedure.periode", first.path("ruleId").asText());
        assertEquals("error", first.path("level").asText());
        assertEquals("plannen/test/plan.yaml", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(3, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertFalse(first.at("/partialFingerprints/opmaatFinding~1v2").asText().equals(
                results.get(1).at("/partialFingerprints/opmaatFinding~1v2").asText()), "identical findings, own prints");

        JsonNode waived = results.get(2);
        assertTrue(waived.at("/locations/0/physicalLocation/region").isMissingNode(), "no region for line 0");
        assertEquals("external", waived.at("/suppressions/0/kind").asText());
        assertEquals("Bestuur besloot 1-2-2026: volgt in 2027, 100%.", waived.at("/suppressions/0/justification").asText());
        assertTrue(first.path("suppressions").isArray() && first.path("suppressions").isEmpty(), "all results or none: empty = not suppressed");

        JsonNode advies = results.get(3);
        assertEquals("note", advies.path("level").asText());
        assertEquals("plannen/test/hoofdstukken/01%20inleiding.md",
                advies.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(advies.at("/locations/0/physicalLocation/region/startColumn").isMissingNode());

        JsonNode input = results.get(4);
        assertEquals("invoer", input.path("ruleId").asText());
        assertEquals(0, input.path("ruleIndex").asInt());
        assertEquals("plannen/kapot/plan.yaml", input.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void everyBuiltInRuleLinksToItsSectionOfTheCatalogue() throws IOException {
        JsonNode log = sarif(Reports.handMade(Severity.FOUT));
        assertEquals(ProjectLinks.REPOSITORY, log.at("/runs/0/tool/driver/informationUri").asText());
        String catalogue = java.nio.file.Files.readString(Reports.ROOT.resolve("docs/rules.md"));
        int linked = 0;
        for (JsonNode rule : log.at("/runs/0/tool/driver/rules")) {
            String help = rule.path("helpUri").asText();
            assertTrue(help.startsWith(ProjectLinks.REPOSITORY + "/blob/main/docs/"), rule.path("id") + ": " + help);
            if (help.contains("rules.md#")) {
                String anchor = help.substring(help.indexOf('#'));
                assertTrue(catalogue.contains("](" + anchor + ")"), anchor + " is not an anchor docs/rules.md links to");
                linked++;
            }
        }
        assertTrue(linked > 30, "the built-in rules link to rules.md: " + linked);
    }

    @Test
    void sameInputGivesSameBytes() {
        CheckResult result = Reports.check(Reports.shippedPlans().get(0), Severity.FOUT);
        assertEquals(Reports.write(new SarifReporter(Reports.ROOT, "x"), result),
                Reports.write(new SarifReporter(Reports.ROOT, "x"), result));
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode r : rules) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id + " in tool.driver.rules");
    }
}
