package nl.opmaat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.io.VisibleText;
import nl.opmaat.core.rules.PlanReport;

/**
 * The report for people, grouped by file: a header line with the file, then one line per finding,
 * {@code path:line:col: ernst [regel] melding}, the hint indented below; then a Dutch summary per plan. Colour only when asked (the CLI asks on a terminal).
 */
public final class TextReporter implements Reporter {

    private static final Messages MESSAGES = Messages.forPackageOf(TextReporter.class);
    private final boolean colour;
    private final boolean quiet;

    public TextReporter(boolean colour) {
        this(colour, false);
    }

    /**
     * @param quiet only what makes the run fail ({@code --quiet}): unwaived entries at or above the fail level, no
     *              summary lines, and nothing at all for a plan that passes
     */
    public TextReporter(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        for (PlanReport plan : result.plans()) {
            Map<String, List<ReportEntry>> byFile = new LinkedHashMap<>();
            for (ReportEntry e : ReportEntry.of(plan)) {
                if (quiet && !e.failsAt(result.failOn())) {
                    continue;
                }
                byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<String, List<ReportEntry>> file : byFile.entrySet()) {
                String name = VisibleText.of(file.getKey());
                out.write(colour ? "\u001b[1m" + name + "\u001b[0m\n" : name + "\n");
                for (ReportEntry e : file.getValue()) {
                    // What the plan wrote may hold ESC or bidi controls: shown, never obeyed by the terminal.
                    line(out, VisibleText.of(e.where()), e.severity(), e.rule(), VisibleText.of(e.message()),
                            VisibleText.of(e.hint()), VisibleText.of(e.waiver()));
                }
                out.write('\n');
            }
            if (!quiet) {
                out.write(VisibleText.of(summary(plan)));
                out.write('\n');
            }
        }
    }

    private void line(Writer out, String where, Severity severity, String rule, String message, String hint,
                      String waiver) throws IOException {
        String label = waiver == null ? severity.label() : MESSAGES.format("text.waived", severity.label());
        out.write(where + ": " + paint(label, severity, waiver != null) + " [" + rule + "] " + message + "\n");
        if (!hint.isEmpty()) {
            out.write("    " + hint + "\n");
        }
        if (waiver != null) {
            out.write("    " + MESSAGES.format("text.waiver-reason", waiver) + "\n");
        }
    }

    private String paint(String text, Severity severity, boolean waived) {
        if (!colour) {
            return text;
        }
        String code = waived ? "2" : switch (severity) {
            case FOUT -> "1;31";
            case WAARSCHUWING -> "1;33";
            case ADVIES -> "36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    static String summary(PlanReport plan) {
        if (plan.unusable()) {
            return MESSAGES.format("text.summary.unusable", plan.plan(), plan.inputProblems().size());
        }
        Map<Severity, Integer> c = plan.counts();
        long waived = plan.findings().stream().filter(Finding::waived).count();
        return MESSAGES.format("text.summary", plan.swv(), plan.plan(), c.get(Severity.FOUT), c.get(Severity.WAARSCHUWING),
                c.get(Severity.ADVIES), waived);
    }
}
