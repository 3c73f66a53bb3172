package nl.opmaat.core.report;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.rules.PlanReport;

/**
 * One line of a report, whatever its source: a rule's finding or an input problem of an unusable plan (rule
 * {@value #INPUT_RULE}). Every reporter walks these, so all formats agree on what was found and where.
 *
 * @param file   the path as the user opens it from the working directory (plan directory + plan-relative file)
 * @param waiver the reason of the plan's {@code afwijkingen} entry when waived, otherwise {@code null}
 */
public record ReportEntry(String rule, Severity severity, String file, int line, int column, String message,
                          String hint, String waiver) {

    /** The pseudo-rule under which the input problems of an unusable plan are reported. */
    public static final String INPUT_RULE = "invoer";

    public ReportEntry {
        hint = hint == null ? "" : hint;
    }

    /** The input problems first (they make the plan unusable), then the findings in file order. */
    public static List<ReportEntry> of(PlanReport plan) {
        List<ReportEntry> entries = new ArrayList<>();
        for (PlanProblem p : plan.inputProblems()) {
            entries.add(entry(plan, INPUT_RULE, Severity.FOUT, p.position(), p.message(), p.hint(), null));
        }
        for (Finding f : plan.findings()) {
            entries.add(entry(plan, f.ruleId(), f.severity(), f.position(), f.message(), f.hint(), f.waiver()));
        }
        return entries;
    }

    private static ReportEntry entry(PlanReport plan, String rule, Severity severity, SourcePosition at, String message,
                                     String hint, String waiver) {
        return new ReportEntry(rule, severity, Paths.file(plan.plan(), at), at.line(), at.column(), message, hint,
                waiver);
    }

    /** The same entry with another path (reporters for CI tools make it repository-relative). */
    public ReportEntry withFile(String other) {
        return new ReportEntry(rule, severity, other, line, column, message, hint, waiver);
    }

    public boolean waived() {
        return waiver != null;
    }

    /** True when this entry makes the run fail at {@code failOn}: not waived and serious enough. */
    public boolean failsAt(Severity failOn) {
        return !waived() && severity.atLeast(failOn);
    }

    /** {@code file:line:col}, leaving out what is unknown (0). */
    public String where() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
