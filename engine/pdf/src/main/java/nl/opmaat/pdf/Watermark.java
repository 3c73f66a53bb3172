package nl.opmaat.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.core.document.DocumentMeta;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Stamps a draft's "concept" across every page, under the text. The word is drawn as outlines of the theme's own font,
 * not as text, inside an {@code /Artifact} of subtype {@code /Watermark}: screen readers and text extraction skip it,
 * and no extra font has to be embedded. It is stamped with PDFBox after rendering because openhtmltopdf leaves page
 * backgrounds and fixed boxes untagged, which PDF/UA forbids (veraPDF ua1 7.1-3).
 */
final class Watermark {

    /** 10 % grey ({@link DocumentMeta#WATERMARK_GREY}, as in the DOCX): the text reads through it, for every SWV alike. */
    static final float[] COLOUR = {0xE6 / 255f, 0xE6 / 255f, 0xE6 / 255f};

    private Watermark() {
    }

    static void stamp(PDDocument document, Theme theme, String word) throws IOException {
        Font font = regularFace(theme).deriveFont(100f);
        COSDictionary artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Pagination");
        artifact.setName(COSName.SUBTYPE, "Watermark");
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            Shape shape = outline(font, word.toUpperCase(Locale.ROOT), box.getWidth(), box.getHeight());
            // Prepended, so the text is painted over it; q/Q keeps its colour out of the page's own content.
            try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.PREPEND,
                    true)) {
                out.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                out.saveGraphicsState();
                out.setNonStrokingColor(COLOUR[0], COLOUR[1], COLOUR[2]);
                path(shape, box, out);
                out.fill();
                out.restoreGraphicsState();
                out.endMarkedContent();
            }
        }
    }

    /** The word scaled to 72 % of the page diagonal, centred, rising from bottom left to top right (PDF y points up). */
    static Shape outline(Font font, String word, float width, float height) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        Shape glyphs = font.createGlyphVector(context, word).getOutline();
        Rectangle2D bounds = glyphs.getBounds2D();
        double scale = 0.72 * Math.hypot(width, height) / bounds.getWidth();
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0, height / 2.0);
        t.rotate(Math.atan2(height, width));
        t.scale(scale, -scale);
        t.translate(-bounds.getCenterX(), -bounds.getCenterY());
        return t.createTransformedShape(glyphs);
    }

    private static void path(Shape shape, PDRectangle box, PDPageContentStream out) throws IOException {
        float dx = box.getLowerLeftX();
        float dy = box.getLowerLeftY();
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0] + dx, c[1] + dy);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0] + dx, c[1] + dy);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has only cubic curves: raise the TrueType quadratic to a cubic with the same shape.
                    float c1x = lastX + 2f / 3f * (c[0] - lastX);
                    float c1y = lastY + 2f / 3f * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
                    out.curveTo(c1x + dx, c1y + dy, c2x + dx, c2y + dy, c[2] + dx, c[3] + dy);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0] + dx, c[1] + dy, c[2] + dx, c[3] + dy, c[4] + dx, c[5] + dy);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> out.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
    }

    private static Font regularFace(Theme theme) throws IOException {
        ThemeFont face = theme.fonts().stream()
                .filter(f -> f.family().equals(theme.bodyFont()) && !f.italic())
                .min((a, b) -> Integer.compare(Math.abs(a.weight() - 400), Math.abs(b.weight() - 400)))
                .orElseThrow(() -> new IOException("no regular face of " + theme.bodyFont()));
        try (InputStream in = face.source().open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
