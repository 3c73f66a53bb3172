package nl.opmaat.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.internal.Futures;
import nl.opmaat.core.internal.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the XHTML of {@link HtmlPlanWriter} into a tagged PDF that conforms to PDF/UA-1 and PDF/A-3a, with openhtmltopdf
 * on PDFBox. Every setting here was needed for veraPDF to pass (docs/library-notes.md §1): both conformance modes, an sRGB output
 * intent, the theme's fonts embedded (without them the UA/A mode silently drops all text), {@code <title>} and
 * {@code lang} in the XHTML. Nothing is read from the network or disk: see {@link ResourceGuard}. Same XHTML, theme and
 * date give the same bytes: see {@link ReproduciblePdf}.
 */
public final class PdfEngine {

    /** A base that resolves nothing: relative paths in the XHTML or theme CSS must not point at the working directory. */
    static final String BASE_URI = "opmaat:document";
    private static final Messages MESSAGES = Messages.forPackageOf(PdfEngine.class);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Theme theme;

    public PdfEngine(Theme theme) {
        this.theme = theme;
        QuietLog.install();
    }

    /**
     * @param xhtml the output of {@link HtmlPlanWriter#write}
     * @param meta  gives the fixed document date, and whether to stamp the "concept" watermark
     */
    public byte[] render(String xhtml, DocumentMeta meta) throws PdfRenderException {
        if (theme.fonts().stream().noneMatch(f -> f.family().equals(theme.bodyFont()))) {
            throw failure("pdf.no-body-font", null, theme.name(), theme.bodyFont());
        }
        ResourceGuard guard = new ResourceGuard();
        List<String> fontProblems = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        builder.withProducer(ReproduciblePdf.PRODUCER);
        for (ThemeFont font : theme.fonts()) {
            builder.useFont(fontSource(font), font.family(), font.weight(),
                    font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useUriResolver(guard::resolve);
        builder.useExternalResourceAccessControl(guard::allow, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(guard::allow, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(guard);
        builder.useProtocolsStreamImplementation(guard, ResourceGuard.PROTOCOLS.toArray(String[]::new));
        builder.withDiagnosticConsumer(d -> collect(d, fontProblems));
        builder.withHtmlContent(xhtml, BASE_URI);
        byte[] pdf;
        Future<SoftHyphenBreaks.Preparation> hyphens = SoftHyphenBreaks.prepareAside(xhtml, theme);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            SoftHyphenBreaks.mark(document, Futures.await(hyphens));
            if (meta.draft()) {
                Watermark.stamp(document, theme, theme.term(DocumentTerm.CONCEPT));
            }
            ReproduciblePdf.pin(document, meta.timestamp(), ReproduciblePdf.inputHash(xhtml, theme));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            document.save(out);
            pdf = XrefSelfEntry.apply(out.toByteArray());
        } catch (FontNotFoundException e) {
            throw fontFailure(e);
        } catch (IOException | RuntimeException e) {
            // A font the CSS asks for but the theme does not ship makes openhtmltopdf leave text out, and its layout can
            // then fail on the empty boxes: name the font problem, not the crash.
            throw fontProblems.isEmpty() ? failure("pdf.failed", e, String.valueOf(e.getMessage())) : fontFailure(e);
        }
        if (!guard.refused().isEmpty()) {
            throw failure("pdf.refused", null, String.join(", ", guard.refused()));
        }
        if (!fontProblems.isEmpty()) {
            throw fontFailure(null);
        }
        return pdf;
    }

    /** Font trouble makes openhtmltopdf leave text out while the PDF still validates: treat it as an error. */
    private static void collect(Diagnostic diagnostic, List<String> fontProblems) {
        LogMessageId id = diagnostic.getLogMessageId();
        if (id == LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY
                || id == LogMessageId.LogMessageId0Param.GENERAL_PDF_SPECIFIED_FONTS_DONT_CONTAIN_A_SPACE_CHARACTER
                || (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()
                    && String.valueOf(id).contains("FONT"))) {
            fontProblems.add(diagnostic.getFormattedMessage());
        }
    }

    private static FSSupplier<InputStream> fontSource(ThemeFont font) {
        return () -> {
            try (InputStream in = font.source().open()) {
                if (in == null) {
                    throw new IOException("font " + font.family() + " " + font.weight() + " is missing");
                }
                return new ByteArrayInputStream(GsubFree.of(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private PdfRenderException fontFailure(Throwable cause) {
        String shipped = theme.fonts().stream().map(ThemeFont::family).distinct().sorted()
                .reduce((a, b) -> a + ", " + b).orElse("");
        return failure("pdf.font", cause, theme.name(), shipped);
    }

    private static PdfRenderException failure(String key, Throwable cause, Object... arguments) {
        return new PdfRenderException(MESSAGES.format(key, arguments), MESSAGES.formatOptional(key + ".hint", arguments), cause);
    }
}
