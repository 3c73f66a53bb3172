package nl.opmaat.docx;

import java.util.List;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** What all part writers of one document share: the package, theme, bookmark names and id counters. */
final class DocxContext {

    final WordprocessingMLPackage pkg;
    final Theme theme;
    final BookmarkNames bookmarks = new BookmarkNames();
    final ListNumbering numbering = new ListNumbering();
    /** All headings in document order, their bookmarks registered: the table of contents lists them. */
    final List<Block.Heading> headings;
    /** The theme's body font, measured once: table columns are sized by it. */
    final FontMetrics fontMetrics;
    private int nextBookmarkId;
    private int nextDrawingId = 1;

    DocxContext(WordprocessingMLPackage pkg, Theme theme, List<Block.Heading> headings) {
        this.pkg = pkg;
        this.theme = theme;
        this.headings = List.copyOf(headings);
        this.fontMetrics = FontMetrics.of(theme);
        headings.forEach(h -> bookmarks.register(h.id()));
    }

    /** {@code w:bookmarkStart w:id}: unique in the document, counted from 0. */
    int nextBookmarkId() {
        return nextBookmarkId++;
    }

    /** {@code wp:docPr id}: unique across all parts, counted from 1. */
    int nextDrawingId() {
        return nextDrawingId++;
    }
}
