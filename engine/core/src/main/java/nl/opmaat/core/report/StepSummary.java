package nl.opmaat.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.PlanReport;

/**
 * A GitHub Actions job summary ({@code $GITHUB_STEP_SUMMARY}): per plan one line with the counts, then one Markdown
 * table of every finding, errors first, waived findings last. GitHub shows only ten annotations of each kind per step;
 * the summary shows them all (up to {@link #MAX_ROWS}, far below GitHub's 1 MiB limit for a summary).
 */
public final class StepSummary {

    static final int MAX_ROWS = 1000;
    private static final Messages MESSAGES = Messages.forPackageOf(StepSummary.class);

    private StepSummary() {
    }

    /** The order CI users read first: unwaived fout, waarschuwing, advies, then waived ones; report order within. */
    public static final Comparator<ReportEntry> ERRORS_FIRST =
            Comparator.comparing(ReportEntry::waived).thenComparing(ReportEntry::severity);

    public static String markdown(CheckResult result) {
        StringBuilder md = new StringBuilder("## ").append(MESSAGES.format("summary.title")).append("\n\n");
        List<ReportEntry> entries = new ArrayList<>();
        for (PlanReport plan : result.plans()) {
            if (plan.unusable()) {
                md.append("- ").append(MESSAGES.format("summary.plan.unusable", cell(plan.plan()), plan.inputProblems().size()));
            } else {
                var counts = plan.counts();
                long waived = plan.findings().stream().filter(Finding::waived).count();
                md.append("- ").append(MESSAGES.format("summary.plan", cell(plan.swv()), cell(plan.plan()),
                        counts.get(Severity.FOUT), counts.get(Severity.WAARSCHUWING), counts.get(Severity.ADVIES), waived));
            }
            md.append('\n');
            entries.addAll(ReportEntry.of(plan));
        }
        md.append('\n');
        if (entries.isEmpty()) {
            return md.append(MESSAGES.format("summary.none")).append('\n').toString();
        }
        entries.sort(ERRORS_FIRST);
        md.append(MESSAGES.format("summary.header")).append("\n|---|---|---|---|\n");
        for (ReportEntry e : entries.subList(0, Math.min(MAX_ROWS, entries.size()))) {
            String severity = e.waived() ? MESSAGES.format("text.waived", e.severity().label()) : e.severity().label();
            md.append("| ").append(severity).append(" | `").append(e.rule()).append("` | ").append(cell(e.where()))
                    .append(" | ").append(cell(e.message())).append(" |\n");
        }
        if (entries.size() > MAX_ROWS) {
            md.append('\n').append(MESSAGES.format("summary.more", entries.size() - MAX_ROWS)).append('\n');
        }
        return md.toString();
    }

    /** Table-cell text: a pipe would end the cell, a newline the row, and HTML is rendered by GitHub. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("[\\r\\n]+", " ");
    }
}
