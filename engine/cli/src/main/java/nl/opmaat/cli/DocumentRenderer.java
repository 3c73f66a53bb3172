package nl.opmaat.cli;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.docx.DocxPlanWriter;
import nl.opmaat.pdf.HtmlPlanWriter;
import nl.opmaat.pdf.PdfEngine;
import nl.opmaat.pdf.PdfRenderException;

/**
 * Turns the document tree into the bytes of one or more formats. The only CLI class that names the writers:
 * {@code opmaat check} never loads it, so checking a plan never loads PDFBox, openhtmltopdf or docx4j.
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

    /** Starts loading what the DOCX writer needs on another thread, while the plan is read and checked. */
    static void preload(Collection<BuildCommand.Format> formats) {
        if (formats.contains(BuildCommand.Format.docx)) {
            CompletableFuture.runAsync(DocxPlanWriter::preload);
        }
    }

    static byte[] render(BuildCommand.Format format, Document document, Theme theme) throws RenderFailure {
        return renderAll(java.util.List.of(format), document, theme).get(format);
    }

    /**
     * Renders every format asked for, in that order. DOCX (docx4j) shares nothing with the PDF and HTML path
     * (openhtmltopdf), so it runs on a worker thread of its own while this thread writes the HTML and the PDF. Each writer is deterministic on its own, so running them side by side changes no byte.
     */
    static Map<BuildCommand.Format, byte[]> renderAll(Collection<BuildCommand.Format> formats, Document document, Theme theme)
            throws RenderFailure {
        Map<BuildCommand.Format, byte[]> bytes = new EnumMap<>(BuildCommand.Format.class);
        boolean docx = formats.contains(BuildCommand.Format.docx);
        boolean htmlOrPdf = formats.contains(BuildCommand.Format.pdf) || formats.contains(BuildCommand.Format.html);
        ExecutorService worker = docx && htmlOrPdf ? Executors.newSingleThreadExecutor(DocumentRenderer::daemon) : null;
        try {
            Future<byte[]> docxBytes = worker == null ? null : worker.submit(() -> new DocxPlanWriter().write(document, theme));
            if (docx && worker == null) {
                bytes.put(BuildCommand.Format.docx, new DocxPlanWriter().write(document, theme));
            }
            if (formats.contains(BuildCommand.Format.html)) {
                bytes.put(BuildCommand.Format.html, new HtmlPlanWriter(theme).writeForBrowser(document).getBytes(StandardCharsets.UTF_8));
            }
            if (formats.contains(BuildCommand.Format.pdf)) {
                bytes.put(BuildCommand.Format.pdf, new PdfEngine(theme).render(new HtmlPlanWriter(theme).write(document), document.meta()));
            }
            if (docxBytes != null) {
                bytes.put(BuildCommand.Format.docx, await(docxBytes));
            }
        } catch (PdfRenderException e) {
            throw new RenderFailure(e.getMessage(), e.hint(), e);
        } finally {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
        Map<BuildCommand.Format, byte[]> inOrder = new LinkedHashMap<>();
        formats.forEach(format -> inOrder.put(format, bytes.get(format)));
        return inOrder;
    }

    /** The worker's result; its unchecked failure is rethrown as it was, as if it had run on this thread. */
    private static byte[] await(Future<byte[]> result) {
        return nl.opmaat.core.internal.Futures.await(result);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "opmaat-docx");
        thread.setDaemon(true);
        return thread;
    }
}
