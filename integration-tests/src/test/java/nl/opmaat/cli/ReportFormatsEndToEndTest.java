package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Every report format for every shipped plan, through the real command line, written with --output. */
class ReportFormatsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> planAndFormat() throws IOException {
        List<Path> plans;
        try (Stream<Path> dirs = Files.list(CliRun.ROOT.resolve("plan-sources"))) {
            plans = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted().toList();
        }
        assertFalse(plans.isEmpty());
        return plans.stream().flatMap(p -> Stream.of(CheckCommand.Format.values())
                .map(f -> Arguments.of(p.getFileName().toString(), f.name())));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("planAndFormat")
    void producesEveryFormatForEveryShippedPlan(String plan, String format, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("rapport." + format);
        int jsonFindings = findingCount(plan);
        CliRun run = CliRun.of("check", CliRun.plan(plan), "--format", format, "--output", out.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
        assertEquals("", run.out());
        String text = Files.readString(out);
        assertFalse(text.isBlank() && !(format.equals("github") && jsonFindings == 0),
                "only a clean plan gives no GitHub annotations");
        switch (format) {
            case "json" -> assertEquals(plan, Path.of(JSON.readTree(text).path("plan").asText()).getFileName().toString());
            case "sarif" -> {
                JsonNode log = JSON.readTree(text);
                assertEquals("2.1.0", log.path("version").asText());
                assertEquals(jsonFindings, log.at("/runs/0/results").size());
            }
            case "junit" -> {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
                assertEquals(1, doc.getElementsByTagName("testsuite").getLength());
                assertTrue(doc.getElementsByTagName("testcase").getLength() > 0);
                assertEquals(run.exitCode() == 1, doc.getElementsByTagName("failure").getLength() > 0);
            }
            case "github" -> {
                List<String> lines = text.lines().toList();
                assertEquals(jsonFindings, lines.size());
                lines.forEach(l -> assertTrue(l.matches("::(error|warning|notice) file=[^:]*::.*"), l));
            }
            case "gitlab" -> assertTrue(JSON.readTree(text).isArray());
            case "text" -> assertTrue(text.strip().endsWith("."), "ends with the summary");
            default -> throw new AssertionError("untested format " + format);
        }
    }

    /**
     * With {@code --leesbaarheid} the b1 rules report too: SARIF viewers look every result's rule up in
     * {@code tool.driver.rules} by {@code ruleIndex}, so a result whose rule is not listed there has no title or help.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedPlans")
    void sarifListsEveryRuleItReports(String plan) throws Exception {
        CliRun run = CliRun.of("check", CliRun.plan(plan), "--leesbaarheid", "--format", "sarif");
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
        JsonNode sarif = JSON.readTree(run.out()).at("/runs/0");
        JsonNode rules = sarif.at("/tool/driver/rules");
        JsonNode results = sarif.path("results");
        assertTrue(results.size() > 0, "a shipped plan has b1 findings");
        boolean b1 = false;
        for (JsonNode result : results) {
            String id = result.path("ruleId").asText();
            b1 |= id.startsWith("b1.");
            assertTrue(result.has("ruleIndex"), id + " has no ruleIndex");
            assertEquals(id, rules.path(result.path("ruleIndex").asInt()).path("id").asText(),
                    "ruleIndex of " + id + " points at another rule");
        }
        assertTrue(b1, "the run reported b1 findings");
    }

    static Stream<String> shippedPlans() throws IOException {
        return planAndFormat().map(a -> (String) a.get()[0]).distinct();
    }

    private static int findingCount(String plan) throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("check", CliRun.plan(plan), "--format", "json").out());
        return report.path("findings").size();
    }

    @Test
    void textGroupsFindingsUnderAFileHeader() {
        CliRun run = CliRun.of("check", CliRun.plan("po-22-02-emmen"));
        List<String> lines = run.out().lines().toList();
        String header = CliRun.plan("po-22-02-emmen") + "/plan.yaml";
        assertEquals(1, lines.stream().filter(header::equals).count(), "one header per file");
        int at = lines.indexOf(header);
        assertTrue(lines.get(at + 1).startsWith(header + ":"), "the file's findings follow its header");
    }

    @Test
    void rulesCommandListsTheCatalogueAsTextAndJson() throws IOException {
        CliRun text = CliRun.of("rules");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("procedure.oogo-gemeenten"));
        assertTrue(text.out().contains("WPO art. 18a"));
        CliRun json = CliRun.of("rules", "--format", "json");
        JsonNode rules = JSON.readTree(json.out());
        assertTrue(rules.size() > 20);
        for (JsonNode rule : rules) {
            assertFalse(rule.path("title").asText().isBlank(), rule.toString());
            assertTrue(rule.path("legalBasis").size() > 0, rule.toString());
        }
    }
}
