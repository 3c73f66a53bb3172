package nl.opmaat.core.rules.readability;

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
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.readability.ReadabilityRules;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.TextBlock;
import nl.opmaat.core.readability.TextSource;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The b1 rules as catalogue rules: run by the rule runner with the plan's overrides and waivers, or only listed. */
class B1RuleTest {

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

    private static RuleCatalogue catalogue(B1Rules b1) {
        return RuleCatalogue.of(Law.load(), Map.of(RuleCatalogue.BUILT_IN, List.of(new BuiltInRules(b1))));
    }

    private static PlanReport run(SummarySource summary, LoadedPlan loaded) {
        RuleCatalogue catalogue = catalogue(B1Rules.running(ReadabilityThresholds.defaults(), plan -> List.of(), summary));
        return new RuleRunner(catalogue, CLOCK).run(loaded);
    }

    private static List<Finding> b1(PlanReport report) {
        return report.findings().stream().filter(f -> f.ruleId().startsWith("b1.")).toList();
    }

    @Test
    void findsTheB1ProblemsOfEveryChapterAtTheirSentence() throws Exception {
        List<Finding> findings = b1(run(loaded -> Optional.empty(), plan("")));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.jargon")
                && f.position().toString().equals("hoofdstukken/01-inleiding.md:3:1")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.zinslengte")
                && f.position().toString().equals("hoofdstukken/01-inleiding.md:4:1")
                && f.message().contains("woorden")), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WAARSCHUWING && !f.waived()));
    }

    @Test
    void honoursThePlansSeverityOverridesAndWaivers() throws Exception {
        LoadedPlan loaded = plan("ernst: { b1.jargon: uit, b1.leesbaarheid: advies }\n"
                + "afwijkingen: [{ regel: b1.zinslengte, reden: Juridische tekst, tot: 2026-12-31 }]\n");
        PlanReport report = run(l -> Optional.empty(), loaded);
        List<Finding> findings = b1(report);
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("b1.jargon")));
        assertTrue(findings.stream().filter(f -> f.ruleId().equals("b1.leesbaarheid"))
                .allMatch(f -> f.severity() == Severity.ADVIES));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.zinslengte")));
        assertTrue(findings.stream().filter(f -> f.ruleId().equals("b1.zinslengte")).allMatch(Finding::waived));
        assertFalse(report.applied().contains("b1.jargon"));
        assertTrue(report.applied().contains("b1.zinslengte"));
    }

    @Test
    void checksTheSummaryToo() throws Exception {
        TextSource summary = new TextSource("de samenvatting", SourcePosition.ofFile("plan.yaml"), List.of(
                TextBlock.fixed(TextBlock.Kind.PARAGRAPH, "Uw kind krijgt een arrangement.", new SourcePosition("plan.yaml", 9, 3))));
        List<Finding> findings = b1(run(loaded -> Optional.of(summary), plan("")));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("b1.jargon")
                && f.position().toString().equals("plan.yaml:9:3")), findings.toString());
    }

    @Test
    void sortsItsFindingsInWithTheOthersAndCountsItsRulesAsApplied() throws Exception {
        PlanReport report = run(l -> Optional.empty(), plan(""));
        assertTrue(b1(report).size() > 1);
        assertTrue(report.findings().size() > b1(report).size(), "the plan rules ran in the same pass");
        assertEquals("hoofdstukken/01-inleiding.md", report.findings().get(0).position().file(), "sorted by file");
        assertTrue(report.applied().containsAll(List.of("b1.jargon", "b1.zinslengte", "procedure.vaststelling")));
    }

    @Test
    void aSummaryThatCannotBeMadeMakesThePlanUnusable() throws Exception {
        PlanProblem problem = new PlanProblem(new SourcePosition("ouders/01.md", 3, 1), "bevat een tabel", "");
        PlanReport report = run(loaded -> {
            throw new PlanInputException(problem);
        }, plan(""));
        assertTrue(report.unusable());
        assertEquals(List.of(problem), report.inputProblems());
    }

    @Test
    void listedRulesAreInTheCatalogueButNeverRun() throws Exception {
        RuleCatalogue listed = BuiltInRules.catalogue(Law.load());
        for (String id : ReadabilityRules.ids()) {
            RuleDefinition rule = listed.find(id).orElseThrow(() -> new AssertionError(id + " not in the catalogue"));
            assertEquals(Severity.WAARSCHUWING, rule.severity());
            assertEquals(List.of(ReadabilityRules.LEGAL_BASIS), rule.legalBasis());
            assertFalse(rule.title().isBlank());
            assertFalse(rule.explanation().isBlank());
        }
        PlanReport report = new RuleRunner(listed, CLOCK).run(plan(""));
        assertEquals(List.of(), b1(report));
        assertTrue(report.applied().stream().noneMatch(id -> id.startsWith("b1.")), report.applied().toString());
    }

    @Test
    void theFiveRulesShareOneReadingOfThePlansTexts() throws Exception {
        int[] summaries = {0};
        run(loaded -> {
            summaries[0]++;
            return Optional.empty();
        }, plan(""));
        assertEquals(1, summaries[0], "the texts are read once per plan, not once per b1 rule");
    }
}
