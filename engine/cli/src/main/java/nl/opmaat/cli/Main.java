package nl.opmaat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
        description = "Ondersteuningsplannen passend onderwijs: controleren en opmaken.")
public final class Main {

    /**
     * Every subcommand, in the order {@code opmaat --help} lists them. Registered in code rather than in the
     * annotation so that a run of one command builds the picocli model of that command only: building all eleven
     * (annotations, mixins, Dutch resource bundle) was most of a short run's start-up (ARCHITECTURE.md, Performance).
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static final Set<String> DESCRIBE_ALL_COMMANDS = Set.of("help", "generate-completion");

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
        registerSubcommands(cli, args.length > 0 ? args[0] : "");
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
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

    /**
     * Registers only the command the first argument names; anything else (no argument, an option such as
     * {@code --help}, a misspelt command) gets all of them, so help lists every command and picocli can suggest the
     * one meant. {@code help} and {@code generate-completion} describe the other commands, so they get all too.
     */
    static void registerSubcommands(CommandLine cli, String firstArgument) {
        Class<?> named = SUBCOMMANDS.get(firstArgument);
        if (named != null && !DESCRIBE_ALL_COMMANDS.contains(firstArgument)) {
            cli.addSubcommand(firstArgument, named);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            // picocli hides generate-completion by default; users should find it in the command list.
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        CommandLine help = cli.getSubcommands().get("help");
        if (help != null) {
            // picocli's help command has an English header; without one, the Dutch description from Help.properties shows.
            help.getCommandSpec().usageMessage().header(new String[0]);
        }
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("build", BuildCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("init", InitCommand.class);
        commands.put("plugins", PluginsCommand.class);
        commands.put("summary", SummaryCommand.class);
        commands.put("diff", DiffCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }
}
