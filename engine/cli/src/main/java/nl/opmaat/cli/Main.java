package nl.opmaat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.opmaat.core.StartupWarmup;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opmaat} command. Thin: parse arguments, wire the modules, return the exit code. Headings, standard options
 * and each command's examples and exit codes come in Dutch from {@code Help.properties}.
 */
@Command(name = "opmaat", mixinStandardHelpOptions = true, versionProvider = Version.class, resourceBundle = "nl.opmaat.cli.Help",
        synopsisSubcommandLabel = "[OPDRACHT]",
        description = "Ondersteuningsplannen passend onderwijs: controleren en opmaken.",
        subcommands = {CheckCommand.class, BuildCommand.class, RulesCommand.class, InitCommand.class, PluginsCommand.class,
                SummaryCommand.class, DiffCommand.class, ServeCommand.class, SchemaCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class Main {

    /** The commands that read and check plans: their start-up work can begin before the arguments are parsed. */
    private static final Set<String> PLAN_COMMANDS = Set.of("check", "build", "summary", "diff", "serve");

    public static void main(String[] args) {
        if (args.length > 0 && PLAN_COMMANDS.contains(args[0])) {
            StartupWarmup.begin();
        }
        // Always UTF-8, whatever the locale: under LANG=C the JVM would write "Eén" as "E?n" in JSON and SARIF.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams; returns the exit code (tests call this in-process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        // picocli hides generate-completion by default; users should find it in the command list.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        // picocli's help command has an English header; without one, the Dutch description from Help.properties shows.
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().header(new String[0]);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The launchers cap the heap (a check or build stays within 256 MiB); a plan that needs more gets a Dutch
            // line saying how to raise it, not the JVM's English trace. Outputs are written atomically, so none is
            // half-written.
            err.println(CliMessages.format("out-of-memory"));
            err.println("    " + CliMessages.format("out-of-memory.hint"));
            err.flush();
            return ExitCodes.UNUSABLE;
        }
    }
}
