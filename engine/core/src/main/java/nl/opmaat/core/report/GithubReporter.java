package nl.opmaat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.io.VisibleText;
import nl.opmaat.core.rules.PlanReport;

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations on the file:
 * {@code ::error file=…,line=…,col=…,title=…::message}. fout → error, waarschuwing → warning, advies → notice; a
 * waived finding becomes a notice that names the reason. Escaping follows GitHub's runner: {@code %}, CR and LF in
 * the message, and also {@code :} and {@code ,} in properties.
 */
public final class GithubReporter implements Reporter {

    private static final Messages MESSAGES = Messages.forPackageOf(GithubReporter.class);

    private final boolean errorsFirst;

    public GithubReporter() {
        this(false);
    }

    /**
     * @param errorsFirst all errors before any warning (the CLI asks for this inside GitHub Actions, which shows only
     *                    the first ten annotations of each kind per step)
     */
    public GithubReporter(boolean errorsFirst) {
        this.errorsFirst = errorsFirst;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        List<ReportEntry> entries = new ArrayList<>();
        for (PlanReport plan : result.plans()) {
            entries.addAll(ReportEntry.of(plan));
        }
        if (errorsFirst) {
            entries.sort(StepSummary.ERRORS_FIRST);
        }
        for (ReportEntry e : entries) {
            out.write(line(e));
            out.write('\n');
        }
    }

    static String line(ReportEntry e) {
        e = visible(e);
        StringBuilder s = new StringBuilder("::").append(command(e)).append(" file=").append(property(e.file()));
        if (e.line() > 0) {
            s.append(",line=").append(e.line());
            if (e.column() > 0) {
                s.append(",col=").append(e.column());
            }
        }
        s.append(",title=").append(property("[" + e.rule() + "] " + e.severity().label()));
        String message = e.message();
        if (!e.hint().isEmpty()) {
            message += "\n" + e.hint();
        }
        if (e.waived()) {
            message += "\n" + MESSAGES.format("text.waiver-reason", e.waiver());
        }
        return s.append("::").append(data(message)).toString();
    }

    /** Plan text may hold ESC or a right-to-left override; the Actions log shows them as they are, so make them visible. */
    private static ReportEntry visible(ReportEntry e) {
        return new ReportEntry(e.rule(), e.severity(), VisibleText.of(e.file()), e.line(), e.column(),
                VisibleText.of(e.message()), VisibleText.of(e.hint()), VisibleText.of(e.waiver()));
    }

    private static String command(ReportEntry e) {
        if (e.waived()) {
            return "notice";
        }
        return switch (e.severity()) {
            case FOUT -> "error";
            case WAARSCHUWING -> "warning";
            case ADVIES -> "notice";
        };
    }

    /** The message part: GitHub unescapes %25, %0D and %0A. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data} plus {@code :} and {@code ,}, which would end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
