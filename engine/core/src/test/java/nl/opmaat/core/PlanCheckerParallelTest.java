package nl.opmaat.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.JsonReporter;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many plans in one call are checked side by side; the result must be exactly the sequential one, in input order. */
class PlanCheckerParallelTest {

    private static final Path SOURCES = Path.of("../../plan-sources");

    @Test
    void checkingInParallelGivesTheSequentialReportsInInputOrder(@TempDir Path temp) throws IOException {
        List<Path> plans = new ArrayList<>();
        try (Stream<Path> shipped = Files.list(SOURCES)) {
            shipped.filter(dir -> Files.isRegularFile(dir.resolve("plan.yaml"))).sorted().forEach(plans::add);
        }
        // An unusable plan in the middle: its report keeps its place too.
        Path broken = Files.createDirectories(temp.resolve("kapot"));
        Files.writeString(broken.resolve("plan.yaml"), "swv: [niet, goed\n");
        plans.add(plans.size() / 2, broken);
        // Reversed and repeated: more plans than threads, in an order no sort would give.
        List<Path> many = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Path> next = new ArrayList<>(plans);
            if (round % 2 == 1) {
                java.util.Collections.reverse(next);
            }
            many.addAll(next);
        }

        String sequential = json(checker().check(many, Severity.FOUT, 1));
        String parallel = json(checker().check(many, Severity.FOUT, 4));
        assertEquals(sequential, parallel);

        List<String> order = checker().check(many, Severity.FOUT, 4).plans().stream().map(PlanReport::plan).toList();
        assertEquals(many.stream().map(Path::toString).toList(), order);
        assertTrue(sequential.contains("\"invoer\""), "the broken plan is reported as unusable");
    }

    private static PlanChecker checker() {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        return new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, clock));
    }

    private static String json(CheckResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter().write(result, out);
        return out.toString();
    }
}
