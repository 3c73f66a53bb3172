package nl.opmaat.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GithubReporterTest {

    /** A workflow command as GitHub's runner reads it: command, properties up to the first ::, then the message. */
    private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) ([^:]*)::(.*)");

    static Stream<Path> shippedPlans() {
        return Reports.shippedPlans().stream();
    }

    /** What GitHub does on receipt: split properties on commas and '=', then unescape. */
    private record Parsed(String command, Map<String, String> properties, String message) {

        static Parsed of(String line) {
            Matcher m = COMMAND.matcher(line);
            assertTrue(m.matches(), "not a workflow command: " + line);
            Map<String, String> properties = new LinkedHashMap<>();
            for (String pair : m.group(2).split(",")) {
                int eq = pair.indexOf('=');
                properties.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
            }
            return new Parsed(m.group(1), properties, unescapeData(m.group(3)));
        }

        static String unescapeData(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
        }

        static String unescapeProperty(String s) {
            return unescapeData(s.replace("%3A", ":").replace("%2C", ","));
        }
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void oneAnnotationPerFinding(Path plan) {
        CheckResult result = Reports.check(plan, Severity.FOUT);
        PlanReport report = result.plans().get(0);
        List<String> lines = Reports.write(new GithubReporter(), result).lines().toList();
        assertEquals(report.findings().size() + report.inputProblems().size(), lines.size());
        for (String line : lines) {
            Parsed p = Parsed.of(line);
            assertTrue(p.properties().get("file").endsWith(".yaml") || p.properties().get("file").endsWith(".md"),
                    line);
        }
    }

    @Test
    void escapesSoTheMessageAndPropertiesSurviveTheRunner() {
        List<String> lines = Reports.write(new GithubReporter(), Reports.handMade(Severity.FOUT)).lines().toList();
        assertEquals(5, lines.size(), "a CR or LF inside a message must not start a new line");
        Parsed first = Parsed.of(lines.get(0));
        assertEquals("error", first.command());
        assertEquals("plannen/test/plan.yaml", first.properties().get("file"));
        assertEquals("3", first.properties().get("line"));
        assertEquals("5", first.properties().get("col"));
        assertEquals("[procedure.periode] fout", first.properties().get("title"));
        assertEquals("50% van 'de' <begroting> & \"reserve\", zie: a,b\r\nvolgende regel <U+0001>\nLos dit op: nu.",
                first.message());

        Parsed waived = Parsed.of(lines.get(2));
        assertEquals("notice", waived.command(), "a waived fout is only a notice");
        assertTrue(waived.message().contains("Bestuur besloot 1-2-2026: volgt in 2027, 100%."));
        assertTrue(!waived.properties().containsKey("line"), "no line for a whole-file finding");

        Parsed advies = Parsed.of(lines.get(3));
        assertEquals("notice", advies.command());
        assertEquals("plannen/test/hoofdstukken/01 inleiding.md", advies.properties().get("file"));
        assertEquals("7", advies.properties().get("line"));
        assertTrue(!advies.properties().containsKey("col"));

        Parsed input = Parsed.of(lines.get(4));
        assertEquals("error", input.command());
        assertEquals("[invoer] fout", input.properties().get("title"));
    }

    @Test
    void propertyEscapingCoversColonAndComma() {
        assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReporter.property("a:b,c%d\ne"));
        assertEquals("a:b,c%25d%0D%0Ae", GithubReporter.data("a:b,c%d\r\ne"));
    }
}
