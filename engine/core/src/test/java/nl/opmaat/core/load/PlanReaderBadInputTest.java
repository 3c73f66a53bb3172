package nl.opmaat.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input as a new user makes it: each is refused with one clear Dutch message at the right place. */
class PlanReaderBadInputTest {

    private static final String HEAD = "swv:\n  naam: SWV Proef\n  sector: po\n  gemeenten: [Almere]\n";

    @TempDir
    Path dir;

    private PlanProblem onlyProblem(String yaml) throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), yaml);
        return onlyProblem();
    }

    private PlanProblem onlyProblem() {
        PlanInputException e = assertThrows(PlanInputException.class, () -> new PlanReader().read(dir));
        List<PlanProblem> problems = e.problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        PlanProblem p = problems.get(0);
        assertTrue(!p.message().isBlank() && !p.hint().isBlank(), "message and hint are filled: " + p);
        assertTrue(!p.message().contains("Exception") && !p.message().contains("at org."), "no stack trace: " + p);
        return p;
    }

    @Test
    void reportsMalformedYamlAtItsLine() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: { van: 2026-08-01, tot: 2030-07-31\nvaststelling:\n  bestuur: 2026-03-01\n");
        assertEquals("plan.yaml", p.position().file());
        assertTrue(p.position().line() >= 5, p.toString());
        assertTrue(p.message().startsWith("plan.yaml is geen geldige YAML"), p.message());
    }

    @Test
    void reportsDayMonthYearDateWithTheExpectedForm() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode:\n  van: 17-4-2026\n  tot: 2030-07-31\n");
        assertEquals(6, p.position().line());
        assertEquals(8, p.position().column());
        assertTrue(p.message().contains("17-4-2026") && p.message().contains("2026-04-17"), p.message());
    }

    @Test
    void reportsADateThatDoesNotExist() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode:\n  van: 2026-08-01\n  tot: 2030-02-30\n");
        assertEquals(7, p.position().line());
        assertTrue(p.message().contains("2030-02-30"), p.message());
    }

    @Test
    void reportsTabIndentation() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode:\n\tvan: 2026-08-01\n");
        assertEquals(6, p.position().line());
        assertTrue(p.message().contains("tab"), p.message());
    }

    @Test
    void reportsUnknownKeyWithASuggestion() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: { van: 2026-08-01, tot: 2030-07-31 }\nvaststeling:\n  bestuur: 2026-03-01\n");
        assertEquals(6, p.position().line());
        assertEquals(1, p.position().column());
        assertTrue(p.message().contains("vaststeling"), p.message());
        assertTrue(p.hint().contains("vaststelling"), p.hint());
    }

    @Test
    void reportsMissingRequiredKeyAtItsParent() throws IOException {
        PlanProblem p = onlyProblem("swv:\n  naam: SWV Proef\n  gemeenten: [Almere]\nperiode: { van: 2026-08-01, tot: 2030-07-31 }\n");
        assertEquals(1, p.position().line());
        assertTrue(p.message().contains("sector"), p.message());
    }

    @Test
    void reportsWrongEnumValueWithTheChoices() throws IOException {
        PlanProblem p = onlyProblem("swv:\n  naam: SWV Proef\n  sector: mbo\n  gemeenten: [Almere]\nperiode: {}\n");
        assertEquals(3, p.position().line());
        assertTrue(p.hint().contains("po") && p.hint().contains("vo"), p.hint());
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        PlanProblem p = onlyProblem("# alleen commentaar\n\n");
        assertTrue(p.message().contains("leeg"), p.message());
    }

    @Test
    void reportsAMissingChapterFile() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: {}\nhoofdstukken:\n  - hoofdstukken/01-inleiding.md\n");
        assertEquals(7, p.position().line());
        assertTrue(p.message().contains("hoofdstukken/01-inleiding.md"), p.message());
    }

    /** Found by PlanYamlFuzzTest: the composer accepts an alias to its own list, and converting it overflowed the stack. */
    @Test
    void refusesAnAliasToTheListItStandsIn() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: {}\nx: &a [*a]\n");
        assertTrue(p.message().contains("oneindig diep"), p.message());
        assertEquals(6, p.position().line());
    }

    @Test
    void refusesAChapterOutsideThePlanDirectory() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: {}\nhoofdstukken: [../geheim.md]\n");
        assertTrue(p.message().contains("ligt buiten de planmap"), p.message());
    }

    @Test
    void refusesAnAliasBomb() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD + "periode: {}\n");
        yaml.append("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        PlanProblem p = onlyProblem(yaml.toString());
        assertTrue(p.message().contains("aliassen") || p.message().contains("verwijzingen"), p.message());
    }

    @Test
    void refusesDeepNesting() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: {}\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertTrue(p.message().contains("genest"), p.message());
    }

    @Test
    void refusesACustomTag() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: !!python/object:os.system {}\n");
        assertEquals(5, p.position().line());
        assertTrue(p.message().contains("tag"), p.message());
    }

    @Test
    void refusesDuplicateKeysNamingBothLines() throws IOException {
        PlanProblem p = onlyProblem(HEAD + "periode: {}\nperiode: {}\n");
        assertEquals(6, p.position().line());
        assertTrue(p.message().contains("regel 5"), p.message());
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("plan.yaml").toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        PlanProblem p = onlyProblem();
        assertTrue(p.message().contains("50 MB"), p.message());
    }

    @Test
    void reportsAMissingPlanFile() {
        PlanProblem p = onlyProblem();
        assertTrue(p.message().contains("plan.yaml"), p.message());
    }
}
