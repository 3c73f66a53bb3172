package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.core.scaffold.PlanScaffold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code opmaat init} end to end: what it writes, what check says about it, and what it refuses. */
class InitCommandTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"po", "vo"})
    void checkOnAFreshScaffoldReportsOnlyItsTodos(String sector) throws Exception {
        Path plan = temp.resolve("mijn-plan");
        CliRun init = CliRun.of("init", plan.toString(), "--swv", "SWV Proef", "--sector", sector, "--gemeenten", "Almere,Lelystad");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("Nieuw plan aangemaakt in " + plan), init.out());
        assertTrue(init.out().contains("opmaat check " + plan), init.out());

        CliRun check = CliRun.of("check", plan.toString(), "--format", "json");
        assertEquals(1, check.exitCode(), "findings, not unusable input: " + check.err() + check.out());
        JsonNode findings = new ObjectMapper().readTree(check.out()).path("findings");
        assertTrue(findings.size() > 0);
        List<String> notTodo = new ArrayList<>();
        for (JsonNode f : findings) {
            Path file = Path.of(f.path("file").asText());
            if (file.getFileName().toString().equals("plan.yaml")) {
                continue;
            }
            // Any finding in a chapter must sit on a heading whose text is still the to-do sentence.
            List<String> lines = Files.readAllLines(file);
            int line = f.path("line").asInt();
            boolean todoHeading = line >= 1 && lines.get(line - 1).startsWith("## ")
                    && lines.size() > line + 1 && lines.get(line + 1).startsWith("*" + PlanScaffold.TODO_MARKER);
            if (!todoHeading) {
                notTodo.add(f.path("file").asText() + ":" + line + " " + f.path("rule").asText());
            }
        }
        assertEquals(List.of(), notTodo, "findings that point at something other than a to-do");
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.path("rule").asText()));
        assertTrue(rules.contains("procedure.oogo-gemeenten") && rules.contains("procedure.vaststelling")
                && rules.contains("procedure.opr-instemming") && rules.contains("procedure.periode"), rules.toString());
    }

    @Test
    void refusesANonEmptyDirectoryWithADutchMessageAndTouchesNothing() throws Exception {
        Path plan = Files.createDirectory(temp.resolve("bestaand"));
        byte[] mine = "swv: { naam: Mijn eigen werk, sector: po }\n".getBytes();
        Files.write(plan.resolve("plan.yaml"), mine);
        CliRun run = CliRun.of("init", plan.toString(), "--swv", "SWV Proef", "--sector", "po");
        assertEquals(ExitCodes.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("de map " + plan + " bestaat al en is niet leeg; opmaat overschrijft niets."), run.err());
        assertTrue(run.err().contains("Kies een nieuwe of een lege map"), run.err());
        assertEquals("", run.out());
        assertArrayEquals(mine, Files.readAllBytes(plan.resolve("plan.yaml")));
        assertEquals(List.of("plan.yaml"), names(plan));
        assertEquals(List.of("bestaand"), names(temp), "nothing is written beside it either");
    }

    @Test
    void refusesAnExistingFile() throws Exception {
        Path file = Files.writeString(temp.resolve("plan"), "aantekeningen");
        CliRun run = CliRun.of("init", file.toString(), "--swv", "SWV Proef", "--sector", "vo");
        assertEquals(ExitCodes.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains(file + " bestaat al en is geen map"), run.err());
        assertEquals("aantekeningen", Files.readString(file));
    }

    @Test
    void fillsAnEmptyDirectory() throws Exception {
        Path plan = Files.createDirectory(temp.resolve("leeg"));
        CliRun run = CliRun.of("init", plan.toString(), "--swv", "SWV Proef", "--sector", "po", "--gemeenten", "Almere");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(plan.resolve("plan.yaml")));
        assertEquals(6, names(plan.resolve("hoofdstukken")).size());
    }

    @Test
    void rejectsAnUnknownSectorInDutch() {
        CliRun run = CliRun.of("init", temp.resolve("x").toString(), "--swv", "SWV Proef", "--sector", "mbo");
        assertEquals(ExitCodes.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("'mbo' is geen sector; kies po of vo."), run.err());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void rejectsABlankSwvName() {
        CliRun run = CliRun.of("init", temp.resolve("x").toString(), "--swv", "  ", "--sector", "po");
        assertEquals(ExitCodes.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("de naam van het samenwerkingsverband (--swv) is leeg"), run.err());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void requiresSwvAndSector() {
        assertEquals(ExitCodes.UNUSABLE, CliRun.of("init", temp.resolve("x").toString(), "--sector", "po").exitCode());
        assertEquals(ExitCodes.UNUSABLE, CliRun.of("init", temp.resolve("x").toString(), "--swv", "SWV").exitCode());
        assertFalse(Files.exists(temp.resolve("x")));
    }

    @Test
    void twoRunsWriteTheSameBytes() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        CliRun.of("init", a.toString(), "--swv", "SWV Proef", "--sector", "vo", "--gemeenten", "Almere,Lelystad");
        CliRun.of("init", b.toString(), "--swv", "SWV Proef", "--sector", "vo", "--gemeenten", "Almere,Lelystad");
        List<String> files = relativeFiles(a);
        assertEquals(files, relativeFiles(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
