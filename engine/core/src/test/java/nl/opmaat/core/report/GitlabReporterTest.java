package nl.opmaat.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GitlabReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> shippedPlans() {
        return Reports.shippedPlans().stream();
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void codeQualityIssuesWithStableUniqueFingerprints(Path plan) throws Exception {
        CheckResult first = Reports.check(plan, Severity.FOUT);
        CheckResult second = Reports.check(plan, Severity.FOUT);
        JsonNode issues = JSON.readTree(Reports.write(new GitlabReporter(Reports.ROOT), first));
        String again = Reports.write(new GitlabReporter(Reports.ROOT), second);
        assertEquals(issues, JSON.readTree(again), "a second run gives the same issues and fingerprints");
        PlanReport report = first.plans().get(0);
        long expected = report.findings().stream().filter(f -> !f.waived()).count() + report.inputProblems().size();
        assertEquals(expected, issues.size());
        Set<String> prints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertTrue(prints.add(issue.path("fingerprint").asText()), "duplicate fingerprint " + issue);
            assertTrue(issue.at("/location/path").asText().startsWith("plan-sources/" + plan.getFileName() + "/"));
            assertTrue(issue.at("/location/lines/begin").asInt() >= 1);
            assertTrue(Set.of("critical", "minor", "info").contains(issue.path("severity").asText()));
            assertTrue(!issue.path("description").asText().isBlank());
            assertTrue(!issue.path("check_name").asText().isBlank());
        }
    }

    @Test
    void mapsSeverityLeavesOutWaivedAndSeparatesIdenticalFindings() throws Exception {
        JsonNode issues = JSON.readTree(Reports.write(new GitlabReporter(Path.of("")), Reports.handMade(Severity.FOUT)));
        assertEquals(4, issues.size(), "the waived vangnet finding is left out");
        assertEquals("critical", issues.get(0).path("severity").asText());
        assertEquals("procedure.periode", issues.get(0).path("check_name").asText());
        assertEquals("plannen/test/plan.yaml", issues.get(0).at("/location/path").asText());
        assertEquals(3, issues.get(0).at("/location/lines/begin").asInt());
        assertTrue(!issues.get(0).path("fingerprint").equals(issues.get(1).path("fingerprint")));
        assertEquals("info", issues.get(2).path("severity").asText());
        assertEquals("invoer", issues.get(3).path("check_name").asText());
    }

    @Test
    void fingerprintChangesWithTheFindingButNotWithItsLine() {
        ReportEntry e = new ReportEntry("a.b", Severity.FOUT, "p/plan.yaml", 3, 1, "m", "", null);
        String print = print(e);
        assertEquals(print, print(new ReportEntry("a.b", Severity.ADVIES, "p/plan.yaml", 5, 9, "m", "h", null)),
                "severity, line, column and hint do not change the identity");
        for (ReportEntry other : List.of(e.withFile("q/plan.yaml"),
                new ReportEntry("a.c", Severity.FOUT, "p/plan.yaml", 3, 1, "m", "", null),
                new ReportEntry("a.b", Severity.FOUT, "p/plan.yaml", 3, 1, "n", "", null))) {
            assertTrue(!print.equals(print(other)), other.toString());
        }
        List<String> twice = Fingerprint.all(List.of(e, e), List.of(e.file(), e.file()));
        assertEquals(print, twice.get(0));
        assertTrue(!twice.get(0).equals(twice.get(1)), "a repeat gets its own occurrence");
    }

    private static String print(ReportEntry e) {
        return Fingerprint.all(List.of(e), List.of(e.file())).get(0);
    }
}
