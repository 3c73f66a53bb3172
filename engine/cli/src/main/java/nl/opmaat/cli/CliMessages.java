package nl.opmaat.cli;

import nl.opmaat.core.internal.Messages;

/** The CLI's Dutch message bundle. */
final class CliMessages {

    private static final Messages MESSAGES = Messages.forPackageOf(CliMessages.class);

    private CliMessages() {
    }

    static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }
}
