package nl.opmaat.cli;

import java.nio.charset.StandardCharsets;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.pdf.HtmlPlanWriter;
import nl.opmaat.pdf.PdfEngine;
import nl.opmaat.pdf.PdfRenderException;

/**
 * Turns the document tree into the bytes of one format. The only CLI class that names the writers: {@code opmaat check}
 * never loads it, so checking a plan never loads PDFBox or openhtmltopdf.
 */
final class DocumentRenderer {

    private DocumentRenderer() {
    }

    /** The render failed for a reason the user can act on; message and hint are Dutch. */
    static final class RenderFailure extends Exception {
        private final String hint;

        RenderFailure(String message, String hint, Throwable cause) {
            super(message, cause);
            this.hint = hint == null ? "" : hint;
        }

        String hint() {
            return hint;
        }
    }

    static byte[] render(BuildCommand.Format format, Document document, Theme theme) throws RenderFailure {
        try {
            return switch (format) {
                case pdf -> new PdfEngine(theme).render(new HtmlPlanWriter(theme).write(document), document.meta());
                case html -> new HtmlPlanWriter(theme).write(document).getBytes(StandardCharsets.UTF_8);
            };
        } catch (PdfRenderException e) {
            throw new RenderFailure(e.getMessage(), e.hint(), e);
        }
    }
}
