package nl.opmaat.cli;

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
                SummaryCommand.class, SchemaCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (tests call this in-process). */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        // picocli hides generate-completion by default; users should find it in the command list.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        // picocli's help command has an English header; without one, the Dutch description from Help.properties shows.
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().header(new String[0]);
        return cli.execute(args);
    }
}
