package nl.opmaat.cli;

import java.nio.charset.StandardCharsets;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.docx.DocxPlanWriter;
import nl.opmaat.pdf.HtmlPlanWriter;
import nl.opmaat.pdf.PdfEngine;
import nl.opmaat.pdf.PdfRenderException;

/**
 * Turns the document tree into the bytes of one format. The only CLI class that names the writers: {@code opmaat check}
 * never loads it, so checking a plan never loads PDFBox, openhtmltopdf or docx4j.
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

    /** Starts loading what {@code format}'s writer needs on another thread, while the plan is read and checked. */
    static void preload(BuildCommand.Format format) {
        if (format == BuildCommand.Format.docx) {
            java.util.concurrent.CompletableFuture.runAsync(DocxPlanWriter::preload);
        }
    }

    static byte[] render(BuildCommand.Format format, Document document, Theme theme) throws RenderFailure {
        try {
            return switch (format) {
                case pdf -> new PdfEngine(theme).render(new HtmlPlanWriter(theme).write(document), document.meta());
                case html -> new HtmlPlanWriter(theme).writeForBrowser(document).getBytes(StandardCharsets.UTF_8);
                case docx -> new DocxPlanWriter().write(document, theme);
            };
        } catch (PdfRenderException e) {
            throw new RenderFailure(e.getMessage(), e.hint(), e);
        }
    }
}
