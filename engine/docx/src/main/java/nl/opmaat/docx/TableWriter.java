package nl.opmaat.docx;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;

/**
 * Writes a table in the theme's table style: the caption above it (Caption style, also the table's alt text), header
 * rows marked {@code tblHeader} so they repeat on every page, rows that do not split across pages, and column widths
 * in proportion to their content.
 */
final class TableWriter {

    static final String STYLE = "PlanTable";
    private static final int MIN_WEIGHT = 6;
    private static final int MAX_WEIGHT = 45;

    private final BlockWriter blocks;

    TableWriter(BlockWriter blocks) {
        this.blocks = blocks;
    }

    void write(Block.Table table) {
        WmlWriter w = blocks.w;
        if (!table.caption().isBlank()) {
            blocks.paragraph("Caption", List.of(new Inline.Text(table.caption())), null);
        }
        int columns = columnCount(table);
        if (columns == 0) {
            return;
        }
        int[] widths = widths(table, columns);
        w.start("tbl").start("tblPr")
                .empty("tblStyle", "val", STYLE)
                .empty("tblW", "w", "5000", "type", "pct")
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
        for (List<List<Inline>> row : table.header()) {
            row(row, widths, table.alignments(), true);
        }
        for (List<List<Inline>> row : table.rows()) {
            row(row, widths, table.alignments(), false);
        }
        w.end();
    }

    private void row(List<List<Inline>> cells, int[] widths, List<String> alignments, boolean header) {
        WmlWriter w = blocks.w;
        w.start("tr").start("trPr").empty("cantSplit");
        if (header) {
            w.empty("tblHeader");
        }
        w.end();
        for (int c = 0; c < widths.length; c++) {
            List<Inline> content = c < cells.size() ? cells.get(c) : List.of();
            String jc = c < alignments.size() ? justification(alignments.get(c)) : null;
            w.start("tc").start("tcPr").empty("tcW", "w", Integer.toString(widths[c]), "type", "dxa").end();
            blocks.paragraph("TableText", content, jc == null ? null : x -> x.empty("jc", "val", jc));
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

    private static int columnCount(Block.Table table) {
        int columns = table.alignments().size();
        for (List<List<Inline>> row : table.header()) {
            columns = Math.max(columns, row.size());
        }
        for (List<List<Inline>> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        return columns;
    }

    /** Column widths in twips: the page's text width shared by each column's longest cell, within bounds. */
    static int[] widths(Block.Table table, int columns) {
        List<List<List<Inline>>> all = new ArrayList<>(table.header());
        all.addAll(table.rows());
        int[] weights = new int[columns];
        for (List<List<Inline>> row : all) {
            for (int c = 0; c < row.size() && c < columns; c++) {
                weights[c] = Math.max(weights[c], InlineWriter.plainText(row.get(c)).length());
            }
        }
        int sum = 0;
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, weights[c]));
            sum += weights[c];
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? PageLayout.TEXT_WIDTH - used : PageLayout.TEXT_WIDTH * weights[c] / sum;
            used += widths[c];
        }
        return widths;
    }
}
