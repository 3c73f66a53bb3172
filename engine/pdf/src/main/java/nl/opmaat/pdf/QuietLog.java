package nl.opmaat.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Silences openhtmltopdf's own log lines (INFO and WARNING on stderr through JUL), which would mix English into opmaat's
 * Dutch output. Its diagnostics still reach {@link PdfEngine}'s diagnostic consumer, which turns the ones that matter
 * (font trouble) into a Dutch error.
 */
final class QuietLog implements XRLogger {

    private static volatile boolean installed;

    private QuietLog() {
    }

    static void install() {
        if (!installed) {
            synchronized (QuietLog.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new QuietLog());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
