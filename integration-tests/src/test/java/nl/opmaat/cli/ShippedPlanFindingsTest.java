package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The findings an inspector would raise on each real plan, and none it does not deserve, exactly as the plan's BRON.md
 * lists them under "Verwachte bevindingen": the rule ids in the first column of the tables "Moeten afgaan" and "Mogen
 * niet afgaan". BRON.md is the one place where a plan-source's expected verdict is written down and argued from the
 * seed; this test keeps the checker and that argument in step. The example plan has no BRON.md and must be clean. The
 * real plans are every other folder of {@code plan-sources/}, so a new one is checked without a change here, and fails
 * until its BRON.md lists what it expects.
 */
class ShippedPlanFindingsTest {

    /** The example plan of {@code opmaat init} and the README: made up, so it has no BRON.md. */
    private static final String EXAMPLE_PLAN = "voorbeeld";
    private static final Pattern RULE_ID = Pattern.compile("`([a-z0-9-]+\\.[a-z0-9.-]+)`");

    static Stream<String> realPlans() throws IOException {
        List<String> plans;
        try (Stream<Path> dirs = Files.list(CliRun.ROOT.resolve("plan-sources"))) {
            plans = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals(EXAMPLE_PLAN)).sorted().toList();
        }
        assertFalse(plans.isEmpty(), "no real plan in plan-sources/");
        return plans.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPlans")
    void reportsWhatTheBronTableExpectsAndNothingItRulesOut(String plan) throws IOException {
        Path bron = CliRun.ROOT.resolve("plan-sources").resolve(plan).resolve("BRON.md");
        assertTrue(Files.isRegularFile(bron), "plan-sources/" + plan + " has no BRON.md: write down under "
                + "'Verwachte bevindingen' which rules must fire ('Moeten afgaan') and which must not ('Mogen niet afgaan')");
        Set<String> mustFire = expectedRules(bron, "Moeten afgaan");
        Set<String> mustNotFire = expectedRules(bron, "Mogen niet afgaan");
        assertFalse(mustFire.isEmpty(), bron + " lists no rule under 'Moeten afgaan'");
        assertFalse(mustNotFire.isEmpty(), bron + " lists no rule under 'Mogen niet afgaan'");

        CliRun run = CliRun.of("check", CliRun.plan(plan), "--format", "json");
        Set<String> fired = firedRules(run);
        assertEquals(1, run.exitCode(), run.err());
        for (String rule : mustFire) {
            assertTrue(fired.contains(rule), plan + " should get " + rule + " (BRON.md, Moeten afgaan); got " + fired);
        }
        for (String rule : mustNotFire) {
            assertFalse(fired.contains(rule), plan + " does not deserve " + rule + " (BRON.md, Mogen niet afgaan)");
        }
    }

    @Test
    void theExamplePlanIsClean() throws IOException {
        CliRun run = CliRun.of("check", CliRun.plan(EXAMPLE_PLAN), "--format", "json");
        assertEquals(Set.of(), firedRules(run));
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Moeten afgaan", "Mogen niet afgaan"})
    void readsOnlyTheRuleIdsOfTheNamedTable(String heading) throws IOException {
        Path bron = Files.createTempFile("BRON", ".md");
        try {
            Files.writeString(bron, """
                    ## Verwachte bevindingen

                    ### Moeten afgaan

                    | regel | waarom |
                    |---|---|
                    | `procedure.periode` | geen periode; zie ook `inhoud.doelen` in de toelichting |
                    | `procedure.opr-voor-vaststelling`, `procedure.oogo-voor-vaststelling` | twee in een cel |

                    ### Mogen niet afgaan

                    | regel | waarom |
                    |---|---|
                    | `inhoud.lwoo-pro` | PO-plan |

                    ### Ziet de huidige checker niet

                    | regel | waarom |
                    |---|---|
                    | `inhoud.resultaten` | niet in een van de twee tabellen |
                    """);
            Set<String> expected = heading.equals("Moeten afgaan")
                    ? Set.of("procedure.periode", "procedure.opr-voor-vaststelling", "procedure.oogo-voor-vaststelling")
                    : Set.of("inhoud.lwoo-pro");
            assertEquals(expected, expectedRules(bron, heading));
        } finally {
            Files.delete(bron);
        }
    }

    /** Rule ids in the first column of the table under {@code ### <heading>}, up to the next heading. */
    static Set<String> expectedRules(Path bron, String heading) throws IOException {
        Set<String> rules = new TreeSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(bron)) {
            if (line.startsWith("#")) {
                inSection = line.replaceFirst("^#+\\s*", "").trim().equals(heading);
                continue;
            }
            if (inSection && line.startsWith("|")) {
                String firstCell = line.substring(1, line.indexOf('|', 1) < 0 ? line.length() : line.indexOf('|', 1));
                Matcher m = RULE_ID.matcher(firstCell);
                while (m.find()) {
                    rules.add(m.group(1));
                }
            }
        }
        return rules;
    }

    private static Set<String> firedRules(CliRun run) throws IOException {
        JsonNode report = new ObjectMapper().readTree(run.out());
        Set<String> fired = new TreeSet<>();
        report.path("findings").forEach(f -> fired.add(f.path("rule").asText()));
        return fired;
    }
}
