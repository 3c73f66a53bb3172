package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding message and hint, on every rule fixture (built-in and plugin) and every shipped plan, writes numbers
 * the Dutch way: amounts grouped ("€ 13.905.000", never "13905000") and years plain ("2028", never "2.028").
 */
class DutchNumbersInFindingsTest {

    /** Five or more digits in a row: an amount or count that was not grouped. */
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\d.,])\\d{5,}(?!\\d)");
    /** A year with a thousands separator: "2.028". Amounts ("€ 2.028") are meant to be grouped. */
    private static final Pattern GROUPED_YEAR = Pattern.compile("(?<![\\d.,])(?<!€ )(1\\.9|2\\.0|2\\.1)\\d\\d(?![.,]?\\d)");
    /** Text the message quotes from the plan ("Deze zin telt ...: \"...\"") is the author's, not ours. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

    @Test
    void findingsOfEveryFixtureAndShippedPlanWriteNumbersTheDutchWay() throws IOException {
        List<String> fixtures = fixturePlans();
        assertTrue(fixtures.size() > 100, "found only " + fixtures.size() + " fixture plans");
        List<String> problems = new ArrayList<>();
        int[] scanned = {0};
        scan(run(fixtures, false), problems, scanned);
        List<String> shipped = new ArrayList<>();
        try (Stream<Path> plans = Files.list(CliRun.ROOT.resolve("plan-sources"))) {
            plans.filter(p -> Files.exists(p.resolve("plan.yaml"))).sorted().forEach(p -> shipped.add(p.toString()));
        }
        scan(run(shipped, true), problems, scanned);
        assertTrue(scanned[0] > 500, "scanned only " + scanned[0] + " messages");
        assertEquals(List.of(), problems);
    }

    @Test
    void theScanCatchesAGroupedYearAndAnUngroupedAmount() {
        List<String> problems = new ArrayList<>();
        check("x", "De lasten van 2.028 tellen op tot 13905000.", problems);
        assertEquals(2, problems.size(), problems.toString());
        problems.clear();
        check("x", "De lasten van 2028 tellen op tot € 13.905.000, de reserve is € 2.028 en \"zin 2.028\".", problems);
        assertEquals(List.of(), problems);
    }

    private static JsonNode run(List<String> plans, boolean readability) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        if (readability) {
            args.add("--leesbaarheid");
        }
        args.addAll(plans);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        return new ObjectMapper().readTree(run.out());
    }

    private static void scan(JsonNode reports, List<String> problems, int[] scanned) {
        for (JsonNode report : reports) {
            for (JsonNode finding : report.path("findings")) {
                String where = report.path("plan").asText() + " [" + finding.path("rule").asText() + "] ";
                check(where, finding.path("message").asText(), problems);
                check(where, finding.path("hint").asText(), problems);
                scanned[0]++;
            }
        }
    }

    private static void check(String where, String text, List<String> problems) {
        String ours = QUOTED.matcher(text).replaceAll("\"\"");
        for (Pattern pattern : List.of(UNGROUPED, GROUPED_YEAR)) {
            Matcher m = pattern.matcher(ours);
            if (m.find()) {
                problems.add(where + m.group() + " in: " + text);
            }
        }
    }

    private static List<String> fixturePlans() throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(CliRun.ROOT.resolve("engine/core/src/test/resources")));
        try (Stream<Path> plugins = Files.list(CliRun.ROOT.resolve("plugins"))) {
            plugins.map(p -> p.resolve("src/test/resources")).filter(Files::isDirectory).forEach(roots::add);
        }
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.getFileName().toString().equals("plan.yaml"))
                        .map(p -> p.getParent().toString()).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
