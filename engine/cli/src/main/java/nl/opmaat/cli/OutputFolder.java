package nl.opmaat.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out MAP} for the commands that write a document: build, summary and diff. */
final class OutputFolder {

    @Option(names = "--out", paramLabel = "<map>",
            description = "Map voor het document (standaard: target/opmaat/<naam van de planmap>/).")
    Path out;

    /** The folder given, else {@code target/opmaat/<name of the plan folder>} (also for "." or a trailing slash). */
    Path directory(Path plan) {
        if (out != null) {
            return out;
        }
        Path name = plan.toAbsolutePath().normalize().getFileName();
        return Path.of("target", "opmaat", name == null ? "plan" : name.toString());
    }
}
