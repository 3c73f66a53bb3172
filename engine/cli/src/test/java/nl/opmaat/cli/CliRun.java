package nl.opmaat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    /** The repository root, seen from a module's test working directory. */
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

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
