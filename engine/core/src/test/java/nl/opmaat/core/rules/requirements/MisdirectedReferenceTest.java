package nl.opmaat.core.rules.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opmaat.api.Finding;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleFixtures;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross product on the complete plan: point each legal element's {@code paragraaf} at the text of every other
 * element (and at the budget and steunpunt sections), and the element's rule must report it. A key that points at text
 * about something else is never a described element. Only a key below the element's own (the steunpunt under ouders) is left out.
 */
class MisdirectedReferenceTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld");
    /** Rule id → the plan.yaml pointer of its {@code paragraaf}. */
    private static final Map<String, String> ELEMENTS = new LinkedHashMap<>();
    /** Other sections a key might wrongly point at: the budget and the steunpunt, with their topic names. */
    private static final Map<String, String> OTHER_TARGETS = Map.of("/financien/paragraaf", "meerjarenbegroting",
            "/ouders/steunpunt/paragraaf", "ouder-jeugdsteunpunt");
    /** Pointer → the topic of the text it points at. */
    private static final Map<String, String> TOPIC_OF = new LinkedHashMap<>();
    private static final Map<String, String> TARGET_VALUES = new LinkedHashMap<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void readVoorbeeld() throws Exception {
        for (Requirement r : RequirementCatalogue.builtIn().requirements()) {
            if (r.sectors().contains(nl.opmaat.api.Sector.PO)) {
                ELEMENTS.put(r.id(), r.pointer() + "/paragraaf");
                TOPIC_OF.put(r.pointer() + "/paragraaf", r.id());
            }
        }
        LoadedPlan loaded = new PlanReader().read(VOORBEELD);
        List<String> lines = Files.readAllLines(VOORBEELD.resolve("plan.yaml"), StandardCharsets.UTF_8);
        List<String> pointers = new ArrayList<>(ELEMENTS.values());
        pointers.addAll(OTHER_TARGETS.keySet());
        TOPIC_OF.putAll(OTHER_TARGETS);
        for (String pointer : pointers) {
            SourcePosition at = loaded.yaml().valuePositionOf(pointer);
            TARGET_VALUES.put(pointer, lines.get(at.line() - 1).substring(at.column() - 1).strip());
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        ELEMENTS.forEach((id, pointer) -> TARGET_VALUES.forEach((target, value) -> {
            // A key below this element's own (the steunpunt under ouders) is no wrong target.
            if (!target.equals(pointer) && !target.startsWith(pointer.replace("/paragraaf", "/"))) {
                out.add(Arguments.of(id, pointer, target));
            }
        }));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} pointed at {2}")
    @MethodSource("cases")
    void reportsAnElementPointedAtAnotherTopic(String ruleId, String pointer, String target) throws Exception {
        Path plan = copyWith(pointer, TARGET_VALUES.get(target));
        List<Finding> findings = findings(plan).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertFalse(findings.isEmpty(), ruleId + " pointed at the text of " + target + " (" + TARGET_VALUES.get(target)
                + ") was not reported");
    }

    @Test
    void theUnmodifiedPlanGivesNoFindingOfTheseRules() throws Exception {
        List<Finding> findings = findings(VOORBEELD).stream().filter(f -> ELEMENTS.containsKey(f.ruleId())).toList();
        assertEquals(List.of(), findings);
    }

    private static List<Finding> findings(Path plan) throws Exception {
        return new RuleRunner(BuiltInRules.catalogue(Law.load()), RuleFixtures.FIXED_CLOCK).run(new PlanReader().read(plan))
                .findings();
    }

    /** A copy of the voorbeeld whose value at {@code pointer} (a one-line {@code paragraaf}) is replaced. */
    private static Path copyWith(String pointer, String value) throws Exception {
        Path target = Files.createTempDirectory(temp, "plan");
        copy(VOORBEELD, target);
        LoadedPlan loaded = new PlanReader().read(VOORBEELD);
        SourcePosition at = loaded.yaml().valuePositionOf(pointer);
        List<String> lines = new ArrayList<>(Files.readAllLines(VOORBEELD.resolve("plan.yaml"), StandardCharsets.UTF_8));
        String line = lines.get(at.line() - 1);
        lines.set(at.line() - 1, line.substring(0, at.column() - 1) + value);
        Files.write(target.resolve("plan.yaml"), lines, StandardCharsets.UTF_8);
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
    }
}
