package nl.opmaat.docx;

import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.TableLayout;

/**
 * Writes a table in the theme's table style: the caption above it (Caption style, also the table's alt text), header
 * rows marked {@code tblHeader} so they repeat on every page, rows that do not split across pages, the header kept
 * with the first two body rows, and the layout every writer shares ({@link TableLayout}): columns never narrower than
 * their longest word or number (measured in the theme's font), numbers right-aligned and never wrapped.
 */
final class TableWriter {

    static final String STYLE = "PlanTable";
    /** TableText is 9 pt. */
    private static final int TEXT_HALF_POINTS = 18;
    /** The table style's left and right cell margins (108 twips each), plus room for rounding and kerning. */
    private static final double CELL_PADDING = 2 * 108 + 60;

    private final BlockWriter blocks;
    private final FontMetrics metrics;

    TableWriter(BlockWriter blocks) {
        this.blocks = blocks;
        this.metrics = blocks.ctx.fontMetrics;
    }

    void write(Block.Table table) {
        WmlWriter w = blocks.w;
        if (!table.caption().isBlank()) {
            blocks.paragraph("Caption", List.of(new Inline.Text(table.caption())), x -> x.empty("keepNext"));
        }
        List<TableLayout.Column> columns = TableLayout.columns(table, this::width, this::width);
        if (columns.isEmpty()) {
            return;
        }
        int[] widths = widths(columns);
        w.start("tbl").start("tblPr")
                .empty("tblStyle", "val", STYLE)
                .empty("tblW", "w", Integer.toString(PageLayout.TEXT_WIDTH), "type", "dxa")
                .empty("tblLayout", "type", "fixed")
                .empty("tblLook", "val", table.header().isEmpty() ? "0600" : "0620", "firstRow", table.header().isEmpty() ? "0" : "1",
                        "lastRow", "0", "firstColumn", "0", "lastColumn", "0", "noHBand", "1", "noVBand", "1");
        if (!table.caption().isBlank()) {
            w.empty("tblCaption", "val", table.caption());
        }
        w.end();
        w.start("tblGrid");
        for (int width : widths) {
            w.empty("gridCol", "w", Integer.toString(width));
        }
        w.end();
        // Keep-with-next on the header and the first body row holds the header with two body rows on one page.
        boolean keep = table.rows().size() >= 2 || !table.header().isEmpty();
        for (List<List<Inline>> row : table.header()) {
            row(row, widths, columns, true, keep);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            row(table.rows().get(r), widths, columns, false, keep && r == 0 && table.rows().size() >= 2);
        }
        w.end();
    }

    private double width(String text) {
        return metrics.twips(text, TEXT_HALF_POINTS);
    }

    private void row(List<List<Inline>> cells, int[] widths, List<TableLayout.Column> columns, boolean header,
                     boolean keepWithNext) {
        WmlWriter w = blocks.w;
        w.start("tr").start("trPr").empty("cantSplit");
        if (header) {
            w.empty("tblHeader");
        }
        w.end();
        for (int c = 0; c < widths.length; c++) {
            List<Inline> content = c < cells.size() ? cells.get(c) : List.of();
            String jc = justification(columns.get(c).alignment());
            w.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(widths[c]), "type", "dxa");
            if (columns.get(c).noWrap()) {
                w.empty("noWrap");
            }
            w.end();
            blocks.paragraph("TableText", content, jc == null && !keepWithNext ? null : x -> {
                if (keepWithNext) {
                    x.empty("keepNext");
                }
                if (jc != null) {
                    x.empty("jc", "val", jc);
                }
            });
            w.end();
        }
        w.end();
    }

    private static String justification(String alignment) {
        return switch (alignment == null ? "" : alignment) {
            case "center" -> "center";
            case "right" -> "right";
            default -> null;
        };
    }

    /** Column widths in twips that add up to the text width exactly. */
    static int[] widths(List<TableLayout.Column> columns) {
        double[] exact = TableLayout.widths(columns, PageLayout.TEXT_WIDTH, CELL_PADDING);
        int[] widths = new int[exact.length];
        int used = 0;
        for (int c = 0; c < exact.length; c++) {
            widths[c] = c == exact.length - 1 ? PageLayout.TEXT_WIDTH - used : (int) Math.floor(exact[c]);
            used += widths[c];
        }
        return widths;
    }
}
