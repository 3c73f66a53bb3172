package nl.opmaat.api;

/**
 * One problem a rule found in a plan.
 *
 * @param ruleId   the permanent id of the rule, e.g. {@code procedure.opr-instemming}
 * @param severity the effective severity (after per-plan overrides)
 * @param position where the problem is, or where the missing item belongs
 * @param message  one Dutch sentence saying what is wrong
 * @param hint     one Dutch sentence saying what to do; may be empty
 * @param waiver   the reason from the plan's {@code afwijkingen} when the finding is waived, otherwise {@code null}
 */
public record Finding(String ruleId, Severity severity, SourcePosition position, String message, String hint,
                      String waiver) {

    public Finding {
        hint = hint == null ? "" : hint;
    }

    /** A waived finding is still reported, but never counts for the exit code. */
    public boolean waived() {
        return waiver != null;
    }

    /** The same finding, marked as waived with the given reason. */
    public Finding withWaiver(String reason) {
        return new Finding(ruleId, severity, position, message, hint, reason);
    }
}
