package nl.opmaat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.opmaat.core.plugin.PluginDirectories;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    /** The repository root, found upwards from the test's working directory (engine/cli or integration-tests). */
    static final Path ROOT = PluginDirectories.repositoryRoot(Path.of(""))
            .orElseThrow(() -> new IllegalStateException("the tests run outside an opmaat checkout"));

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    static String plan(String name) {
        return ROOT.resolve("plan-sources").resolve(name).toString();
    }
}
