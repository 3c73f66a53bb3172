package nl.opmaat.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: unpacked in a temporary folder outside the repository, run as a real process from
 * yet another folder, with only a Java runtime (the {@code java} of this JVM, through JAVA_HOME).
 */
class ReleaseZipIT {

    private static final String VERSION = System.getProperty("opmaat.version");
    private static final Path ZIP = Path.of(System.getProperty("opmaat.zip"));
    private static final Path ROOT = Path.of(System.getProperty("opmaat.root")).toAbsolutePath().normalize();

    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack() throws IOException {
        home = unpacked(unpacked);
    }

    /** Unpacks the zip into {@code folder} (outside the repository) and returns the installation folder. */
    static Path unpacked(Path folder) throws IOException {
        assertFalse(folder.toAbsolutePath().startsWith(ROOT), "unpacked outside the repository");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        Path installed = folder.resolve("opmaat-" + VERSION);
        // java.util.zip does not restore the Unix mode the assembly wrote; unzip would.
        Files.setPosixFilePermissions(installed.resolve("bin/opmaat"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        return installed;
    }

    @Test
    void holdsLauncherLibrariesAndEveryShippedPlugin() throws IOException {
        assertTrue(Files.isRegularFile(home.resolve("bin/opmaat")));
        assertTrue(Files.readString(home.resolve("bin/opmaat.cmd")).contains("\r\n"), "Windows line endings");
        try (Stream<Path> lib = Files.list(home.resolve("lib")); Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertTrue(jars.contains("opmaat-cli-" + VERSION + ".jar"), jars.toString());
            assertTrue(jars.contains("picocli-4.7.7.jar"), jars.toString());
            assertTrue(jars.stream().noneMatch(j -> j.startsWith("opmaat-plugin") || j.startsWith("junit")), jars.toString());
            assertEquals(shippedPluginJars(), plugins.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isRegularFile(home.resolve("schema/plan.schema.json")));
    }

    /** One jar per folder under plugins/ with a plugin.properties: the zip is not told which plugins there are. */
    private static List<String> shippedPluginJars() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT.resolve("plugins"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("plugin.properties")))
                    .map(f -> "opmaat-plugin-" + f.getFileName() + "-" + VERSION + ".jar").sorted().toList();
        }
    }

    @Test
    void checksACopiedPlanFromAnotherFolder(@TempDir Path work) throws Exception {
        copy(ROOT.resolve("plan-sources/po-22-02-emmen"), work.resolve("emmen"));
        Run run = run(work, "check", "emmen");
        assertEquals(1, run.code, run.err);
        assertTrue(run.out.contains("emmen/plan.yaml:"), run.out);
        // Emmen held an OOGO with Emmen only: a stable gap, whatever else the rules come to find.
        assertTrue(run.out.contains("fout [procedure.oogo-gemeenten]"), run.out);
        assertTrue(run.out.matches("(?s).*\\d+ fouten, \\d+ waarschuwingen, \\d+ adviez?e?n?\\..*"), run.out);
        assertFalse(run.err.contains("geen huisstijlplugin"), "the plan's plugin is found beside lib/: " + run.err);
        assertEquals(1, run(work.resolve("emmen"), "check").code, "the working folder is the default plan");
    }

    @Test
    void listsThePluginsItShips(@TempDir Path work) throws Exception {
        Run run = run(work, "plugins");
        assertEquals(0, run.code, run.out + run.err);
        assertTrue(run.out.startsWith("5 plugins gevonden."), run.out);
        assertTrue(run.out.contains(home.resolve("plugins").toString()), "loaded from the installation: " + run.out);
    }

    @Test
    void reportsThePomVersion(@TempDir Path work) throws Exception {
        Run run = run(work, "--version");
        assertEquals(0, run.code);
        assertEquals("opmaat " + VERSION, run.out.strip());
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/opmaat").toString()));
        command.addAll(List.of(args));
        return run(workDir, java.util.Map.of(), command.toArray(String[]::new));
    }

    /** Runs {@code command} in {@code workDir} with only a Java runtime (JAVA_HOME) and the given variables. */
    static Run run(Path workDir, java.util.Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("OPMAAT") || k.contains("COLOR"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HOME", workDir.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = builder.start().waitFor();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        return new Run(code, stdout, stderr);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
