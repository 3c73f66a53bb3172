package nl.opmaat.docx;

import java.util.List;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.document.CoverText;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.document.Inline;

/**
 * The cover page: the theme's logo, the title (Title style), the subtitle (Subtitle style), the plan period and the
 * adoption status (Cover Text style). The body starts on the next page; the cover has no header or footer.
 */
final class CoverWriter {

    /** The logo is at most a third of the text width wide. */
    private static final long LOGO_MAX_WIDTH = PageLayout.TEXT_WIDTH * PageLayout.EMU_PER_TWIP / 3;

    private CoverWriter() {
    }

    static void write(BlockWriter blocks, DocumentMeta meta) {
        var theme = blocks.ctx.theme;
        theme.logo().ifPresent(logo -> logo(blocks, logo));
        blocks.paragraph("Title", List.of(new Inline.Text(meta.title())), null);
        if (meta.subtitle() != null && !meta.subtitle().isBlank()) {
            blocks.paragraph("Subtitle", List.of(new Inline.Text(meta.subtitle())), null);
        }
        String period = meta.properties().get(DocxPlanWriter.PROPERTY_PERIOD);
        if (period != null && !period.isBlank()) {
            blocks.paragraph("CoverText", List.of(new Inline.Text(theme.term(DocumentTerm.PLANPERIODE) + " " + period)), null);
        }
        String status = CoverText.statusLine(meta, theme);
        if (status != null && !status.isBlank()) {
            blocks.paragraph("CoverText", List.of(new Inline.Text(status)), null);
        }
        if (!meta.parentSummary()) {
            // The summary for parents is a folder: its text starts under the title, not on the next page.
            blocks.breakPage();
        }
    }

    private static void logo(BlockWriter blocks, ThemeLogo logo) {
        blocks.openParagraph(null, null);
        new FigureWriter(blocks).picture(logo.data(), logo.mediaType(), logo.altText(), LOGO_MAX_WIDTH);
        blocks.w.end();
    }
}
