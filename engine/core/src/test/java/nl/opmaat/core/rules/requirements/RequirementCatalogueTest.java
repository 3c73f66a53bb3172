package nl.opmaat.core.rules.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code requirements.yaml} is checked when the engine's tests run: the shipped file loads, every element has evidence,
 * and a malformed entry fails with the entry and the field it is about.
 */
class RequirementCatalogueTest {

    private static final String VALID_ELEMENT = """
              - id: route
                description: waar ouders terechtkunnen
                evidence: [klacht, geschil]
                example: Met een klacht of geschil kunnen ouders bij de commissie terecht.
          """;

    private static String requirement(String extra, String elements) {
        return """
            deferrals: []
            otherTopics: []
            requirements:
              - id: inhoud.proef
                key: geschillen
                severity: fout
                legalBasis: [WPO art. 1]
                title: Proef
                explanation: Uitleg.
                missing: Ontbreekt.
                missingHint: Voeg toe.
                subject: de proef
                topic: [klacht]
            """ + extra + "    elements:\n" + elements;
    }

    @Test
    void theShippedFileLoadsWithEvidenceForEveryElement() {
        RequirementCatalogue catalogue = RequirementCatalogue.builtIn();
        assertFalse(catalogue.requirements().isEmpty());
        for (Requirement r : catalogue.requirements()) {
            assertFalse(r.topic().isEmpty(), r.id());
            for (Requirement.Element e : r.elements()) {
                assertTrue(e.evidence().size() >= e.min(), r.id() + "." + e.id() + " has too few evidence terms");
            }
        }
    }

    @Test
    void aValidEntryParses() {
        RequirementCatalogue catalogue = RequirementCatalogue.parse(requirement("", VALID_ELEMENT));
        assertEquals("inhoud.proef", catalogue.requirements().get(0).id());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "evidence: []| inhoud.proef.route.evidence: no terms",
        "evidence: [klacht, klachten]| have the same stems",
        "evidence: [klacht]\\n      min: 2| min 2 but only 1 evidence terms",
        "evidence: [klacht, geschil]\\n      kleur: rood| unknown field 'kleur'",
        "evidence: [klacht, geschil]\\n      key: onbekend| key 'onbekend' is not a plan.yaml element",
    })
    void aMalformedElementNamesTheEntryAndField(String evidence, String expected) {
        String element = VALID_ELEMENT.replace("evidence: [klacht, geschil]", evidence.replace("\\n", "\n"));
        RequirementDataException e = assertThrows(RequirementDataException.class,
                () -> RequirementCatalogue.parse(requirement("", element)));
        assertTrue(e.getMessage().startsWith("requirements.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void aMalformedRequirementOrFileNamesWhatIsWrong() {
        assertTrue(assertThrows(RequirementDataException.class,
                () -> RequirementCatalogue.parse(requirement("    severity: ernstig\n", VALID_ELEMENT).replace(
                        "    severity: fout\n", ""))).getMessage().contains("severity 'ernstig'"));
        assertTrue(assertThrows(RequirementDataException.class,
                () -> RequirementCatalogue.parse(requirement("", "").replace("    elements:\n", "    elements: []\n")))
                .getMessage().contains("inhoud.proef: no elements"));
        assertTrue(assertThrows(RequirementDataException.class, () -> RequirementCatalogue.parse("requirements: [: :"))
                .getMessage().contains("not valid YAML"));
        assertTrue(assertThrows(RequirementDataException.class, () -> RequirementCatalogue.parse(
                "deferrals: [{ pattern: '(', to: x }]\nrequirements: []\notherTopics: []")).getMessage()
                .contains("not a valid regular expression"));
    }

    @Test
    void everyMessageOfTheRequirementsBundleIsUsed() throws IOException, IllegalAccessException {
        Properties bundle = new Properties();
        try (InputStream in = RequirementRule.class.getResourceAsStream("messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> used = new TreeSet<>(List.of("deferral.later", "deferral.missing-annex", "where.section", "suggestion"));
        for (Class<?> type : List.of(RequirementRule.class, ObjectionRoute.class)) {
            String prefix = type == ObjectionRoute.class ? "inhoud.bezwaar." : "";
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().startsWith("MSG_") && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    used.add(prefix + field.get(null));
                    used.add(prefix + field.get(null) + ".hint");
                }
            }
        }
        used.remove("missing");
        used.remove("missing.hint"); // per requirement, from requirements.yaml
        List<String> unused = new ArrayList<>(new TreeSet<>(bundle.stringPropertyNames()));
        unused.removeAll(used);
        assertEquals(List.of(), unused, "keys no message uses");
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        missing.removeIf(k -> k.endsWith(".hint") && !bundle.containsKey(k.substring(0, k.length() - 5) + ".hint")
                && List.of("element.thin.hint").isEmpty());
        assertEquals(List.of(), missing, "keys the code uses but the bundle lacks");
    }
}
