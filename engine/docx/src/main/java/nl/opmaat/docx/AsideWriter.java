package nl.opmaat.docx;

import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inlines;

/**
 * Writes a box set apart from the running text ({@link Block.Aside}, the summary's contact box) as a one-cell table:
 * framed in the theme's primary colour, tinted with its accent, its heading a real heading style (so it stays in Word's
 * navigation pane), and a row that cannot split, so Word and LibreOffice keep the whole box on one page. A group of
 * bordered paragraphs would fall apart into several frames around a list, whose indentation differs. Direct formatting,
 * not a table style: the style part stays the same for every document.
 */
final class AsideWriter {

    /** 1 pt frame (eighths of a point). */
    private static final String FRAME = "8";
    /** Inner margins in twips: about 2 mm above and below, 3 mm beside the text. */
    private static final String MARGIN_VERTICAL = "113";
    private static final String MARGIN_SIDE = "170";

    private final BlockWriter blocks;

    AsideWriter(BlockWriter blocks) {
        this.blocks = blocks;
    }

    void write(Block.Aside aside) {
        WmlWriter w = blocks.w;
        String primary = blocks.ctx.theme.colours().primary();
        String width = Integer.toString(PageLayout.TEXT_WIDTH);
        w.start("tbl").start("tblPr")
                .empty("tblW", "w", width, "type", "dxa")
                .start("tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right"}) {
            w.empty(side, "val", "single", "sz", FRAME, "space", "0", "color", primary);
        }
        w.end()
                .empty("tblLayout", "type", "fixed")
                .start("tblCellMar")
                .empty("top", "w", MARGIN_VERTICAL, "type", "dxa")
                .empty("left", "w", MARGIN_SIDE, "type", "dxa")
                .empty("bottom", "w", MARGIN_VERTICAL, "type", "dxa")
                .empty("right", "w", MARGIN_SIDE, "type", "dxa")
                .end()
                .empty("tblLook", "val", "0000", "firstRow", "0", "lastRow", "0", "firstColumn", "0", "lastColumn", "0",
                        "noHBand", "1", "noVBand", "1")
                // Word's alternative text of a table: a screen reader names the box by its heading.
                .empty("tblCaption", "val", Inlines.plainText(aside.heading().text()))
                .end();
        w.start("tblGrid").empty("gridCol", "w", width).end();
        w.start("tr").start("trPr").empty("cantSplit").end();
        w.start("tc").start("tcPr")
                .empty("tcW", "w", width, "type", "dxa")
                .empty("shd", "val", "clear", "color", "auto", "fill", blocks.ctx.theme.colours().accent())
                .end();
        blocks.write(aside.heading(), BlockWriter.Scope.BODY);
        blocks.writeAll(aside.content(), BlockWriter.Scope.BODY);
        blocks.finish();
        w.end().end().end();
    }
}
