package nl.opmaat.cli;

/** The exit codes every command uses. */
final class ExitCodes {

    /** Nothing at or above the fail level. */
    static final int CLEAN = 0;
    /** Findings at or above the fail level. */
    static final int FINDINGS = 1;
    /** Unusable input, bad arguments or an internal error. */
    static final int UNUSABLE = 2;

    private ExitCodes() {
    }
}
