package nl.opmaat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the CLI as its own process, as a CI runner does: the only way to see what libraries print straight to the
 * process's stderr, and what the JVM does with the locale's encoding. Unlike {@link CliProcess}, it keeps the raw bytes,
 * so a test can see how the output was encoded.
 */
record CliProcessBytes(int exitCode, byte[] out, byte[] err) {

    static CliProcessBytes run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("opmaat-out", ".bin");
        Path err = Files.createTempFile("opmaat-err", ".bin");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = process.waitFor();
            return new CliProcessBytes(exit, Files.readAllBytes(out), Files.readAllBytes(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
        return new String(err, StandardCharsets.UTF_8);
    }

    /** A copy of a shipped plan to change in a test (the shipped plan itself stays untouched). */
    static Path copyPlan(String name, Path target) throws IOException {
        Path source = CliRun.ROOT.resolve("plan-sources").resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
