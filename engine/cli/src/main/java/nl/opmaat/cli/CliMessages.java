package nl.opmaat.cli;

import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.io.VisibleText;

/** The CLI's Dutch message bundle. */
final class CliMessages {

    private static final Messages MESSAGES = Messages.forPackageOf(CliMessages.class);

    private CliMessages() {
    }

    /** Text arguments often come from the plan (its name, a path, a note that quotes it): control characters are shown. */
    static String format(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof CharSequence text) {
                shown[i] = VisibleText.of(text.toString());
            } else if (shown[i] instanceof java.nio.file.Path path) {
                shown[i] = VisibleText.of(path.toString());
            }
        }
        return MESSAGES.format(key, shown);
    }
}
