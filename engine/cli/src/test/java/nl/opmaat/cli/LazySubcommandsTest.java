package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run registers only the command it names ({@link Main#registerSubcommands}); what a user sees of that command
 * (its Dutch help, its options, its usage errors) must be exactly what it is when every command is registered, as for
 * {@code opmaat --help}.
 */
class LazySubcommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "build", "rules", "init", "plugins", "summary", "diff", "serve", "schema"})
    void oneCommandAloneBehavesAsAmongAllCommands(String command) {
        for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "--geen-optie"), List.of(command, "--version"))) {
            assertEquals(runWith(command, args), runWith("", args), String.join(" ", args));
        }
    }

    /** Runs the arguments with the subcommands {@code registerFor} selects; returns exit code, output and errors. */
    private static String runWith(String registerFor, List<String> args) {
        CommandLine cli = new CommandLine(new Main());
        Main.registerSubcommands(cli, registerFor);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        int code = cli.execute(args.toArray(String[]::new));
        return code + "\n" + out + "\n" + err;
    }
}
