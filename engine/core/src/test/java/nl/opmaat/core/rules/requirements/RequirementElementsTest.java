package nl.opmaat.core.rules.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Sector;
import nl.opmaat.core.load.Slugs;
import nl.opmaat.core.rules.RuleFixtures;
import nl.opmaat.core.rules.requirements.Requirement.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sub-element of every requirement, in four situations built from the data file's own example sentences:
 * present (all examples: no finding), missing (its example left out), deferred elsewhere (its example replaced by a
 * sentence that sends the reader to a website) and present only in a plan.yaml field (where the key has one).
 */
class RequirementElementsTest {

    @TempDir
    Path temp;

    static Stream<Arguments> requirements() {
        return RequirementCatalogue.builtIn().requirements().stream().map(r -> Arguments.of(r.id(), r));
    }

    static Stream<Arguments> elements() {
        List<Arguments> out = new ArrayList<>();
        for (Requirement r : RequirementCatalogue.builtIn().requirements()) {
            for (Element e : r.elements()) {
                if (e.sectors().contains(sector(r))) {
                    out.add(Arguments.of(r.id() + " " + e.id(), r, e));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void theExamplesTogetherDescribeTheRequirement(String id, Requirement requirement) throws IOException {
        assertEquals(List.of(), findings(requirement, null, Situation.PRESENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void reportsAMissingElement(String name, Requirement requirement, Element element) throws IOException {
        List<Finding> findings = findings(requirement, element, Situation.MISSING);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains(element.description())),
                "no finding names " + element.description() + ": " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void aDeferralDescribesNothingAndIsQuoted(String name, Requirement requirement, Element element) throws IOException {
        List<Finding> findings = findings(requirement, element, Situation.DEFERRED);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains(element.description())
                        && f.message().contains("staat op onze website")),
                "no finding quotes the deferral for " + element.description() + ": " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void aFreeTextFieldCountsAsEvidence(String name, Requirement requirement, Element element) throws IOException {
        if (requirement.fields().isEmpty() || element.key() != null) {
            return; // this key has no free-text field in plan.yaml
        }
        assertEquals(List.of(), findings(requirement, element, Situation.IN_FIELD));
    }

    private enum Situation { PRESENT, MISSING, DEFERRED, IN_FIELD }

    private List<Finding> findings(Requirement r, Element changed, Situation situation) throws IOException {
        Path plan = Files.createTempDirectory(temp, "plan");
        Files.createDirectories(plan.resolve("hoofdstukken"));
        // The heading names the topic (so the section is about it); the filler sentence holds no evidence term.
        String heading = "Over " + r.topic().get(0).text();
        StringBuilder text = new StringBuilder("# Inhoud\n\n## ").append(heading).append("\n\n");
        text.append("Deze tekst geldt voor de hele planperiode van vier jaar en is in het voorjaar opnieuw gelezen.\n\n");
        StringBuilder own = new StringBuilder();
        String field = "";
        for (Element e : r.elements()) {
            if (!e.sectors().contains(sector(r))) {
                continue;
            }
            String sentence = e.example();
            if (e == changed && situation == Situation.MISSING) {
                sentence = "";
            } else if (e == changed && situation == Situation.DEFERRED) {
                sentence = "Over " + e.evidence().get(0).text() + " en " + e.description() + ": dat staat op onze website.";
            } else if (e == changed && situation == Situation.IN_FIELD) {
                field = sentence;
                sentence = "";
            }
            (e.key() == null ? text : own).append(sentence).append("\n\n");
        }
        text.append("## Eigen kop\n\n").append(own.length() == 0 ? "Geen tekst.\n" : own);
        Files.writeString(plan.resolve("hoofdstukken/01-inhoud.md"), text, StandardCharsets.UTF_8);
        boolean ownKeyMissing = changed != null && changed.key() != null && situation == Situation.MISSING;
        Files.writeString(plan.resolve("plan.yaml"), yaml(r, field, Slugs.of(heading), ownKeyMissing), StandardCharsets.UTF_8);
        return RuleFixtures.run(r.id(), plan);
    }

    private static String yaml(Requirement r, String field, String anchor, boolean ownKeyMissing) {
        StringBuilder y = new StringBuilder();
        y.append("swv:\n  naam: SWV Proefregio\n  sector: ").append(sector(r).name().toLowerCase(java.util.Locale.ROOT))
                .append("\n  gemeenten: [Almere]\n");
        y.append("periode: { van: 2026-08-01, tot: 2030-07-31 }\n");
        String[] path = r.key().split("/");
        for (int i = 0; i < path.length; i++) {
            y.append("  ".repeat(i)).append(path[i]).append(":\n");
        }
        String indent = "  ".repeat(path.length);
        y.append(indent).append("paragraaf: hoofdstukken/01-inhoud.md#").append(anchor).append('\n');
        for (Element e : r.elements()) {
            if (e.key() != null && e.sectors().contains(sector(r)) && !ownKeyMissing) {
                y.append(indent).append(e.key().substring(e.key().lastIndexOf('/') + 1))
                        .append(": hoofdstukken/01-inhoud.md#eigen-kop\n");
            }
        }
        if (!field.isEmpty()) {
            y.append(indent).append(fieldYaml(r.fields().get(0), field)).append('\n');
        }
        y.append("hoofdstukken: [hoofdstukken/01-inhoud.md]\n");
        return y.toString();
    }

    private static String fieldYaml(String name, String value) {
        String quoted = "'" + value.replace("'", "''") + "'";
        return switch (name) {
            case "afspraken", "criteria" -> name + ": [" + quoted + "]";
            case "voorzieningen" -> name + ": [{ naam: Voorziening, beschrijving: " + quoted + " }]";
            case "termijn-weken" -> throw new IllegalStateException("not a text field");
            default -> name + ": " + quoted;
        };
    }

    private static Sector sector(Requirement r) {
        return r.sectors().contains(Sector.PO) ? Sector.PO : Sector.VO;
    }
}
