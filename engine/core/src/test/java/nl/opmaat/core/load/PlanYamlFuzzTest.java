package nl.opmaat.core.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;

/**
 * Fuzzes {@code plan.yaml}: load (limits, positions), the file gate's reference check, the schema, the binder and every
 * built-in rule. The property: any input ends in a Dutch {@link PlanInputException} or in findings, never in another
 * exception. A plain test run replays the seeds in {@code PlanYamlFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PlanYamlFuzzTest {

    private static final SchemaValidator SCHEMA = new SchemaValidator();
    private static final RuleCatalogue CATALOGUE = BuiltInRules.catalogue(Law.load());
    private static final RuleRunner RULES = new RuleRunner(CATALOGUE,
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    /** An empty plan folder: references resolve against it, and nothing in it can be read. */
    private static final Path FOLDER = emptyFolder();

    @FuzzTest
    void loadValidateBindAndCheck(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            YamlTree tree = new YamlLoader(PlanReader.PLAN_FILE).parse(text);
            PlanFileGate gate = new PlanFileGate(FOLDER);
            PlanReferences.refuseOutside(tree, gate);
            SCHEMA.validate(tree);
            var plan = new PlanBinder(tree, gate).bind("plan", List.of(), List.of());
            RULES.run(new LoadedPlan(plan, tree, FOLDER));
        } catch (PlanInputException e) {
            for (PlanProblem problem : e.problems()) {
                if (problem.message() == null || problem.message().isBlank() || problem.position() == null) {
                    throw new AssertionError("a problem without a message or position: " + problem);
                }
            }
        }
    }

    private static Path emptyFolder() {
        try {
            Path folder = Files.createTempDirectory("opmaat-fuzz-plan");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
