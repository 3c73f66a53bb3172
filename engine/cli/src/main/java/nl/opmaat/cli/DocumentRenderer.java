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
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.document.Hyphenation;
import nl.opmaat.core.internal.Futures;
import nl.opmaat.docx.DocxPlanWriter;
import nl.opmaat.pdf.HtmlPlanWriter;
import nl.opmaat.pdf.PdfEngine;
import nl.opmaat.pdf.PdfRenderException;

/**
 * Turns the document tree into the bytes of one or more formats, for the pipelines in core ({@code PlanBuild},
 * {@code SummaryBuild}) and {@code diff}. The only CLI class that names the writers:
 * {@code opmaat check} never loads it, so checking a plan never loads PDFBox, openhtmltopdf or docx4j.
 */
final class DocumentRenderer implements DocumentWriters {

    /**
     * Starts loading what the writers need on other threads, while the plan is read and checked: docx4j's JAXB context
     * for DOCX, the Dutch hyphenation patterns for HTML and PDF (their running text is hyphenated). Each on a thread
     * of its own: on two cores the common pool has one worker, and the patterns would wait for the JAXB context.
     */
    @Override
    public void preload(Collection<DocumentFormat> formats) {
        if (formats.contains(DocumentFormat.docx)) {
            CompletableFuture.runAsync(DocxPlanWriter::preload);
        }
        if (formats.contains(DocumentFormat.pdf) || formats.contains(DocumentFormat.html)) {
            Futures.onDaemonThread("opmaat-preload-hyphenation", Hyphenation::prepare);
        }
    }

    /** One format. */
    byte[] render(DocumentFormat format, Document document, Theme theme) throws RenderFailure {
        return render(java.util.List.of(format), document, theme).get(format);
    }

    /**
     * Renders every format asked for, in that order. DOCX (docx4j) shares nothing with the PDF and HTML path
     * (openhtmltopdf), so it runs on a worker thread of its own while this thread writes the HTML and the PDF. Each writer is deterministic on its own, so running them side by side changes no byte.
     */
    @Override
    public Map<DocumentFormat, byte[]> render(Collection<DocumentFormat> formats, Document document, Theme theme)
            throws RenderFailure {
        Map<DocumentFormat, byte[]> bytes = new EnumMap<>(DocumentFormat.class);
        boolean docx = formats.contains(DocumentFormat.docx);
        boolean htmlOrPdf = formats.contains(DocumentFormat.pdf) || formats.contains(DocumentFormat.html);
        ExecutorService worker = docx && htmlOrPdf ? Executors.newSingleThreadExecutor(DocumentRenderer::daemon) : null;
        try {
            Future<byte[]> docxBytes = worker == null ? null : worker.submit(() -> new DocxPlanWriter().write(document, theme));
            if (docx && worker == null) {
                bytes.put(DocumentFormat.docx, new DocxPlanWriter().write(document, theme));
            }
            if (formats.contains(DocumentFormat.html)) {
                bytes.put(DocumentFormat.html, new HtmlPlanWriter(theme).writeForBrowser(document).getBytes(StandardCharsets.UTF_8));
            }
            if (formats.contains(DocumentFormat.pdf)) {
                bytes.put(DocumentFormat.pdf, new PdfEngine(theme).render(new HtmlPlanWriter(theme).write(document), document.meta()));
            }
            if (docxBytes != null) {
                bytes.put(DocumentFormat.docx, await(docxBytes));
            }
        } catch (PdfRenderException e) {
            throw new RenderFailure(e.getMessage(), e.hint(), e);
        } finally {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
        Map<DocumentFormat, byte[]> inOrder = new LinkedHashMap<>();
        formats.forEach(format -> inOrder.put(format, bytes.get(format)));
        return inOrder;
    }

    /** The worker's result; its unchecked failure is rethrown as it was, as if it had run on this thread. */
    private static byte[] await(Future<byte[]> result) {
        return Futures.await(result);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "opmaat-docx");
        thread.setDaemon(true);
        return thread;
    }
}
