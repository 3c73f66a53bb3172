package nl.opmaat.core.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.core.load.PlanProblem;

/**
 * The outcome of checking one plan: its findings in file order (waived ones included, marked), and the rules that
 * applied to it (for per-rule reports such as JUnit).
 *
 * @param plan       the plan directory as the user named it
 * @param swv        the SWV's name, or the directory when the plan could not be read
 * @param applied    ids of the rules that were run on this plan, sorted
 * @param inputProblems why the plan could not be read; empty for a readable plan
 * @param notes      Dutch notes about the run that are not findings and never change the exit code: the default theme
 *                   was used, or a plugin rule failed and was skipped
 */
public record PlanReport(String plan, String swv, List<Finding> findings, List<String> applied,
                         List<PlanProblem> inputProblems, List<String> notes) {

    public PlanReport {
        findings = List.copyOf(findings);
        applied = List.copyOf(applied);
        inputProblems = List.copyOf(inputProblems);
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public PlanReport(String plan, String swv, List<Finding> findings, List<String> applied,
                      List<PlanProblem> inputProblems) {
        this(plan, swv, findings, applied, inputProblems, List.of());
    }

    /** The same report with {@code more} notes put before its own. */
    public PlanReport withNotesFirst(List<String> more) {
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(notes);
        return new PlanReport(plan, swv, findings, applied, inputProblems, all);
    }

    /** The report of a plan that could not be read: only its input problems. */
    public static PlanReport unusable(String plan, List<PlanProblem> problems) {
        return new PlanReport(plan, plan, List.of(), List.of(), problems);
    }

    /** True when the plan could not be read, validated or bound (exit code 2). */
    public boolean unusable() {
        return !inputProblems.isEmpty();
    }

    /** Unwaived findings per severity; every severity present, zero when none. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(f -> !f.waived()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** True when an unwaived finding is at least as serious as {@code level}. */
    public boolean failsAt(Severity level) {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity().atLeast(level));
    }
}
