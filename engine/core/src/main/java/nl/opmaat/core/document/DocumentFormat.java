package nl.opmaat.core.document;

/**
 * A format the document tree is written in, for the plan ({@code build}), its summary ({@code summary}) and the
 * redline ({@code diff}). Lower case because the constants are what users type after {@code --format}.
 */
public enum DocumentFormat {
    pdf, html, docx;

    /** {@code base.pdf}, {@code base.html} or {@code base.docx}. */
    public String fileName(String base) {
        return base + "." + name();
    }
}
