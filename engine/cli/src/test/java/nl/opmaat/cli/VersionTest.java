package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pom's version reaches --version, the SARIF driver and the plugins' Plugin-Requires check. */
class VersionTest {

    /** Set by surefire from ${project.version}: the test cannot simply echo what Version says. */
    private static final String POM_VERSION = System.getProperty("opmaat.pom.version");

    @Test
    void versionOptionPrintsThePomVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(POM_VERSION != null && !POM_VERSION.isBlank(), "surefire passes the pom version");
        assertEquals("opmaat " + POM_VERSION, run.out().strip());
    }

    @Test
    void sarifDriverCarriesThePomVersion() throws IOException {
        CliRun run = CliRun.of("check", CliRun.plan("voorbeeld"), "--format", "sarif");
        String version = new ObjectMapper().readTree(run.out()).path("runs").get(0).path("tool").path("driver").path("version").asText();
        assertEquals(POM_VERSION, version);
    }

    @Test
    void aPluginThatNeedsANewerOpmaatIsRefusedWithItsRange(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        descriptorOnlyPlugin(plugins.resolve("toekomst.jar"), "toekomst", ">=99.0.0");
        CliRun run = CliRun.of("plugins", "--plugins", plugins.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("de plugin vraagt opmaat >=99.0.0, maar dit is opmaat " + Version.forPluginRequires()), run.out());
    }

    @Test
    void aPluginWhoseRangeHoldsThisVersionLoads(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        descriptorOnlyPlugin(plugins.resolve("nu.jar"), "nu", ">=0.1.0 & <99.0.0");
        CliRun run = CliRun.of("plugins", "--plugins", plugins.toString(), "--format", "json");
        assertFalse(run.out().contains("vraagt opmaat"), run.out());
        assertTrue(run.out().contains("\"id\" : \"nu\"") || run.out().contains("\"id\":\"nu\""), run.out());
    }

    @Test
    void aDevelopmentBuildCountsAsTheReleaseItLeadsTo() {
        assertTrue(Version.forPluginRequires().matches("\\d+\\.\\d+\\.\\d+"), Version.forPluginRequires());
        assertTrue(POM_VERSION.startsWith(Version.forPluginRequires()));
    }

    /** A jar holding only a pf4j descriptor: enough for pf4j to judge Plugin-Requires before any class loads. */
    private static void descriptorOnlyPlugin(Path jar, String id, String requires) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.write(("plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=" + requires + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
    }
}
