package nl.opmaat.cli;

import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.docx.DocxPlanWriter;

/**
 * Turns the document tree into the bytes of one format. The only CLI class that names the writers: {@code opmaat check}
 * never loads it, so checking a plan never loads docx4j.
 */
final class DocumentRenderer {

    private DocumentRenderer() {
    }

    /** Starts loading what {@code format}'s writer needs on another thread, while the plan is read and checked. */
    static void preload(BuildCommand.Format format) {
        if (format == BuildCommand.Format.docx) {
            java.util.concurrent.CompletableFuture.runAsync(DocxPlanWriter::preload);
        }
    }

    static byte[] render(BuildCommand.Format format, Document document, Theme theme) {
        return switch (format) {
            case docx -> new DocxPlanWriter().write(document, theme);
        };
    }
}
