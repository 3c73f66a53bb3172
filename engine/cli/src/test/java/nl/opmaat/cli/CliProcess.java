package nl.opmaat.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a real process in a folder of the test's choosing, as a CI runner does: what the working folder
 * means (the default plan, {@code .opmaat.yaml}), what libraries print straight to the process's stderr and what the
 * JVM does with the locale's encoding cannot be seen in-process. Output goes to files, so a full pipe cannot block it;
 * the raw bytes are kept, so a test can see how the output was encoded ({@link #out()} decodes them leniently: a byte
 * that is no UTF-8 becomes U+FFFD instead of failing the test before it can say why).
 */
record CliProcess(int exitCode, byte[] stdout, byte[] stderr) {

    /** Standard output as UTF-8. */
    String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Standard error as UTF-8. */
    String err() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** opmaat from the test's own class path, as {@code java nl.opmaat.cli.Main args}. */
    static CliProcess opmaat(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return run(workDir, env, command);
    }

    static CliProcess run(Path workDir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("opmaat-out", ".txt");
        Path err = Files.createTempFile("opmaat-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("NO_COLOR");
            builder.environment().remove("FORCE_COLOR");
            builder.environment().remove("GITHUB_ACTIONS");
            builder.environment().remove("GITHUB_STEP_SUMMARY");
            builder.environment().putAll(env);
            int code = builder.start().waitFor();
            return new CliProcess(code, Files.readAllBytes(out), Files.readAllBytes(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Copies a shipped plan into {@code target} (a plan folder is small: plan.yaml, chapters, annexes). */
    static Path copyPlan(String name, Path target) throws IOException {
        Path source = CliRun.ROOT.resolve("plan-sources").resolve(name);
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString().replace(File.separatorChar, '/'));
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
