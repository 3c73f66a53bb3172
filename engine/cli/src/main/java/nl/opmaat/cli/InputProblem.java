package nl.opmaat.cli;

/**
 * Something the user gave that opmaat cannot use before any plan is read (a path that holds no plan, a broken
 * {@code .opmaat.yaml}): a Dutch message and what to do, exit 2. Not an internal error.
 */
final class InputProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    InputProblem(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
