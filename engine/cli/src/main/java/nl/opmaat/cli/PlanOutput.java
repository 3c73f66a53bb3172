package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import nl.opmaat.api.Severity;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.TextReporter;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;

/** How the commands that render a plan print what went wrong, the same way for build, summary and diff. */
final class PlanOutput {

    private PlanOutput() {
    }

    /** A plan that cannot be used (or is refused): its problems or findings as {@code check} prints them. */
    static int report(PlanReport report, RuleCatalogue catalogue, PrintWriter err, int exitCode) throws IOException {
        new TextReporter(false).write(new CheckResult(List.of(report), catalogue, Severity.FOUT), err);
        err.flush();
        return exitCode;
    }

    /** A step that failed with a Dutch message and hint, under the command's key ({@code build.failed}, ...). */
    static int failed(String key, String message, String hint, PrintWriter err) {
        err.println(CliMessages.format(key, message));
        if (hint != null && !hint.isBlank()) {
            err.println("    " + hint);
        }
        err.flush();
        return ExitCodes.UNUSABLE;
    }

    static int failed(String key, DocumentWriters.RenderFailure failure, PrintWriter err) {
        return failed(key, failure.getMessage(), failure.hint(), err);
    }

    /** The notes of a run (the plugin chosen, a plugin rule that failed), one line each on stderr. */
    static void notes(Object plan, List<String> notes, PrintWriter err) {
        notes.forEach(note -> err.println(CliMessages.format("plan-note", plan, note)));
        err.flush();
    }
}
