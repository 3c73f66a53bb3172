package nl.opmaat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code opmaat} command. Thin: parse arguments, wire the modules, return the exit code. */
@Command(name = "opmaat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Ondersteuningsplannen passend onderwijs: controleren en opmaken.",
        subcommands = {CheckCommand.class, BuildCommand.class, RulesCommand.class, InitCommand.class, PluginsCommand.class,
                SummaryCommand.class, CommandLine.HelpCommand.class})
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
        return cli.execute(args);
    }
}
