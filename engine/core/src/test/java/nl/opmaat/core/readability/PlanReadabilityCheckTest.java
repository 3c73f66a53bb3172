package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReadabilityCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String CHAPTER = """
            # Inleiding

            De school vraagt een TLV aan.
            Het samenwerkingsverband stelt na overleg met alle betrokken partijen in de regio en de gemeenten het plan voor de komende vier jaar vast.
            """;

    @TempDir
    Path dir;

    private LoadedPlan plan(String extraYaml) throws IOException, PlanInputException {
        Files.createDirectories(dir.resolve("hoofdstukken"));
        Files.writeString(dir.resolve("hoofdstukken/01-inleiding.md"), CHAPTER, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.yaml"), "swv: { naam: SWV Proef, sector: po, gemeenten: [Almere] }\n"
                + "periode: { van: 2026-08-01, tot: 2030-07-31 }\nhoofdstukken: [hoofdstukken/01-inleiding.md]\n"
                + extraYaml, StandardCharsets.UTF_8);
        return new PlanReader().read(dir);
    }

    private static PlanReadabilityCheck check(PlanReadabilityCheck.SummarySource summary) {
        return new PlanReadabilityCheck(ReadabilityThresholds.defaults(), plan -> List.of(), summary, CLOCK);
    }

    private static PlanReadabilityCheck withoutSummary() {
        return check(loaded -> Optional.empty());
    }

    @Test
    void findsTheB1ProblemsOfEveryChapterAtTheirSentence() throws Exception {
        List<Finding> findings = withoutSummary().check(plan(""));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.jargon")
                && f.position().toString().equals("hoofdstukken/01-inleiding.md:3:1")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.zinslengte")
                && f.position().toString().equals("hoofdstukken/01-inleiding.md:4:1")), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WAARSCHUWING && !f.waived()));
    }

    @Test
    void honoursThePlansSeverityOverridesAndWaivers() throws Exception {
        LoadedPlan loaded = plan("ernst: { b1.jargon: uit, b1.leesbaarheid: advies }\n"
                + "afwijkingen: [{ regel: b1.zinslengte, reden: Juridische tekst, tot: 2026-12-31 }]\n");
        List<Finding> findings = withoutSummary().check(loaded);
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("b1.jargon")));
        assertTrue(findings.stream().filter(f -> f.ruleId().equals("b1.leesbaarheid"))
                .allMatch(f -> f.severity() == Severity.ADVIES));
        assertTrue(findings.stream().filter(f -> f.ruleId().equals("b1.zinslengte")).allMatch(Finding::waived));
        assertFalse(withoutSummary().applied(loaded.plan()).contains("b1.jargon"));
    }

    @Test
    void checksTheSummaryToo() throws Exception {
        TextSource summary = new TextSource("de samenvatting", SourcePosition.ofFile("plan.yaml"), List.of(
                TextBlock.fixed(TextBlock.Kind.PARAGRAPH, "Uw kind krijgt een arrangement.", new SourcePosition("plan.yaml", 9, 3))));
        List<Finding> findings = check(loaded -> Optional.of(summary)).check(plan(""));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.jargon")
                && f.position().toString().equals("plan.yaml:9:3")), findings.toString());
    }

    @Test
    void addsItsFindingsToACheckResultSortedAndCountsItsRulesAsApplied() throws Exception {
        plan("");
        PlanReport before = new PlanReport(dir.toString(), "SWV Proef",
                List.of(new Finding("procedure.vaststelling", Severity.FOUT, new SourcePosition("plan.yaml", 1, 1), "m", "", null)),
                List.of("procedure.vaststelling"), List.of());
        CheckResult result = new CheckResult(List.of(before), BuiltInRules.catalogue(Law.load()), Severity.FOUT);
        CheckResult after = withoutSummary().addTo(result, new PlanReader());
        PlanReport report = after.plans().get(0);
        assertTrue(report.findings().size() > 1);
        assertEquals("hoofdstukken/01-inleiding.md", report.findings().get(0).position().file(), "sorted by file");
        assertTrue(report.applied().containsAll(List.of("b1.jargon", "b1.zinslengte", "procedure.vaststelling")));
        assertEquals(1, after.exitCode(), "b1 warnings do not change the exit code at fail-on fout");
    }

    @Test
    void aSummaryThatCannotBeMadeMakesThePlanUnusable() throws Exception {
        plan("");
        PlanProblem problem = new PlanProblem(new SourcePosition("ouders/01.md", 3, 1), "bevat een tabel", "");
        PlanReport before = new PlanReport(dir.toString(), "SWV Proef", List.of(), List.of(), List.of());
        CheckResult result = new CheckResult(List.of(before), BuiltInRules.catalogue(Law.load()), Severity.FOUT);
        CheckResult after = check(loaded -> {
            throw new PlanInputException(problem);
        }).addTo(result, new PlanReader());
        assertTrue(after.plans().get(0).unusable());
        assertEquals(List.of(problem), after.plans().get(0).inputProblems());
        assertEquals(2, after.exitCode());
    }
}
