package nl.opmaat.cli;

import picocli.CommandLine;

/** Wrong arguments: the problem and the usage, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println(CliMessages.format("usage-error", e.getMessage()));
        cli.usage(cli.getErr());
        cli.getErr().flush();
        return ExitCodes.UNUSABLE;
    }
}
