package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan that names a plugin which is not installed is not silently checked without its rules (issue 13). */
class MissingPluginCliTest {

    @TempDir
    Path dir;
    private Path plan;

    @BeforeEach
    void planNamingAnAbsentPlugin() throws Exception {
        plan = CliProcess.copyPlan("voorbeeld", dir.resolve("plan"));
        Path yaml = plan.resolve("plan.yaml");
        String text = Files.readString(yaml);
        String naam = "  naam: Samenwerkingsverband Passend Onderwijs Voorbeeldregio\n";
        assertTrue(text.contains(naam));
        Files.writeString(yaml, text.replace(naam, naam + "  plugin: swv-nergens\n"));
    }

    @Test
    void refusesToCheckWithoutTheNamedPlugin() {
        CliRun check = CliRun.of("check", plan.toString());
        assertEquals(2, check.exitCode(), check.out());
        assertTrue(check.out().contains("plan.yaml:8:11: fout [invoer] plan.yaml kiest plugin swv-nergens (swv.plugin), "
                + "maar die is niet geïnstalleerd"), check.out());
        assertTrue(check.out().contains("--plugins <map>") && check.out().contains("--zonder-plugin"),
                "says how to install it and how to go on without: " + check.out());
    }

    @Test
    void refusesToBuildOrSummariseWithoutTheNamedPlugin() {
        CliRun build = CliRun.of("build", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertEquals(2, build.exitCode(), build.err());
        assertTrue(build.err().contains("kiest plugin swv-nergens"), build.err());
        CliRun summary = CliRun.of("summary", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertEquals(2, summary.exitCode(), summary.err());
        assertTrue(summary.err().contains("kiest plugin swv-nergens"), summary.err());
    }

    @Test
    void checksWithoutItWhenAskedTo() {
        CliRun check = CliRun.of("check", plan.toString(), "--zonder-plugin");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.err().contains("swv-nergens"), "the note still says the plugin is missing: " + check.err());
    }
}
