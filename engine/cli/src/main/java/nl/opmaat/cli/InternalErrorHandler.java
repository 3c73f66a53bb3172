package nl.opmaat.cli;

import picocli.CommandLine;

/**
 * A bug or an I/O failure: one Dutch line instead of a stack trace, exit 2. {@code OPMAAT_DEBUG=1} shows the trace.
 * An {@link InputProblem} is the user's to fix: its message and hint, exit 2, without the word "interne fout".
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (e instanceof InputProblem problem) {
            cli.getErr().println(problem.getMessage());
            cli.getErr().println("    " + problem.hint());
            cli.getErr().flush();
            return ExitCodes.UNUSABLE;
        }
        cli.getErr().println(CliMessages.format("internal-error", e.getClass().getSimpleName(),
                e.getMessage() == null ? "" : e.getMessage()));
        cli.getErr().println("    " + CliMessages.format("internal-error.hint"));
        if (System.getenv("OPMAAT_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return ExitCodes.UNUSABLE;
    }
}
