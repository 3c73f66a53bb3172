package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .opmaat.yaml}: found upward from the working folder, read strictly, overridden by the command line. */
class RepoConfigTest {

    @Test
    void foundInTheNearestFolderAboveWithPluginFoldersRelativeToIt(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".opmaat.yaml"), "fail-on: waarschuwing\nplugins: [tools/plugins, /opt/p]\nleesbaarheid: true\n");
        Path deep = Files.createDirectories(repo.resolve("plannen/emmen/hoofdstukken"));
        RepoConfig config = RepoConfig.find(deep);
        assertEquals(Optional.of(repo.resolve(".opmaat.yaml")), config.file());
        assertEquals(Optional.of(Severity.WAARSCHUWING), config.failOn());
        assertEquals(List.of(repo.resolve("tools/plugins"), Path.of("/opt/p")), config.plugins());
        assertTrue(config.readability());
    }

    @Test
    void aSinglePluginFolderMayBeAString(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".opmaat.yaml"), "plugins: huisstijl\n");
        assertEquals(List.of(repo.resolve("huisstijl")), RepoConfig.find(repo).plugins());
        assertFalse(RepoConfig.find(repo).readability());
    }

    @Test
    void anUnknownKeyIsNamedWithFileAndLine(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".opmaat.yaml"), "fail-on: fout\nfailon: advies\n");
        InputProblem problem = assertThrows(InputProblem.class, () -> RepoConfig.find(repo));
        assertEquals("opmaat: " + repo.resolve(".opmaat.yaml") + ":2: onbekende sleutel 'failon'.", "opmaat: " + problem.getMessage());
        assertTrue(problem.hint().contains("fail-on (fout, waarschuwing of advies)"));
    }

    @Test
    void aWrongSeverityAndBrokenYamlAreNamedToo(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve(".opmaat.yaml"), "\nfail-on: ernstig\n");
        assertTrue(assertThrows(InputProblem.class, () -> RepoConfig.find(repo)).getMessage()
                .endsWith(".opmaat.yaml:2: 'ernstig' is geen ernst voor fail-on."));
        Files.writeString(repo.resolve(".opmaat.yaml"), "fail-on: [fout\n");
        assertTrue(assertThrows(InputProblem.class, () -> RepoConfig.find(repo)).getMessage().contains("geen geldige YAML"));
    }

    @Test
    void checkTakesFailOnAndReadabilityFromTheConfigAndTheCommandLineWins(@TempDir Path repo) throws Exception {
        CliProcess.copyPlan("voorbeeld", repo.resolve("plannen/voorbeeld"));
        Path inside = repo.resolve("plannen");
        assertEquals(0, CliProcess.opmaat(inside, Map.of(), "check").exitCode(), "voorbeeld has no findings");
        Files.writeString(repo.resolve(".opmaat.yaml"), "# repo-wide\nfail-on: waarschuwing\nleesbaarheid: true\n");
        CliProcess withConfig = CliProcess.opmaat(inside, Map.of(), "check");
        assertEquals(1, withConfig.exitCode(), "the b1 warnings now fail the run:\n" + withConfig.out() + withConfig.err());
        assertTrue(withConfig.out().contains("[b1."), withConfig.out());
        assertEquals(0, CliProcess.opmaat(inside, Map.of(), "check", "--fail-on", "fout").exitCode());
        Files.writeString(repo.resolve(".opmaat.yaml"), "fail-on: heel-erg\n");
        CliProcess broken = CliProcess.opmaat(inside, Map.of(), "check");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains(".opmaat.yaml:1: 'heel-erg' is geen ernst voor fail-on."), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
    }
}
