package nl.opmaat.pdf;

/** The PDF cannot be made from this input (a refused resource, a font that cannot be read); the message is Dutch. */
public final class PdfRenderException extends Exception {

    private final String hint;

    PdfRenderException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it; may be empty. */
    public String hint() {
        return hint;
    }
}
