package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * One table layout for every writer: per column its alignment (a column of numbers is right-aligned even when the author
 * wrote no {@code ---:}), whether its cells may wrap (numbers and dates never do), and its widths from its content,
 * measured by the writer's own font metrics: never narrower than the longest word or number, as wide as its longest
 * cell when the page allows.
 */
public final class TableLayout {

    /** An amount, count, percentage, year or the "–" of a missing value: what a reader compares down a column. */
    private static final Pattern NUMERIC = Pattern.compile(
            "[€]?[\\s\u00A0]?[-+\u2212]?\\d[\\d.,]*([\\s\u00A0]?(%|€|euro|procent))?|[\u2013\u2014-]");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[\\s\u00A0]\\p{L}+[\\s\u00A0]\\d{4}|\\d{4}-\\d{2}-\\d{2}");

    /**
     * One column.
     *
     * @param alignment  {@code left}, {@code center} or {@code right}
     * @param noWrap     true for a column of numbers or dates: no cell of it may break over two lines
     * @param longestWords the widest unbreakable run of any cell (a word, or a number or date held together), in the
     *                   writer's unit
     * @param longestCell the widest cell on one line, in the writer's unit
     */
    public record Column(String alignment, boolean noWrap, double longestWords, double longestCell) {
    }

    private TableLayout() {
    }

    /**
     * The columns of {@code table}. {@code width} measures a typeset run of text on one line (the writer's font, size
     * and unit); {@code header} cells are measured with {@code headerWidth} (usually bold).
     */
    public static List<Column> columns(Block.Table table, ToDoubleFunction<String> width, ToDoubleFunction<String> headerWidth) {
        int count = table.alignments().size();
        for (List<List<Inline>> row : table.header()) {
            count = Math.max(count, row.size());
        }
        for (List<List<Inline>> row : table.rows()) {
            count = Math.max(count, row.size());
        }
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            boolean numeric = true;
            boolean dates = true;
            boolean any = false;
            double words = 0;
            double cell = 0;
            for (List<List<Inline>> row : table.rows()) {
                String text = c < row.size() ? Typography.typeset(Inlines.plainText(row.get(c))) : "";
                if (!text.isBlank()) {
                    any = true;
                    numeric &= NUMERIC.matcher(text.strip()).matches();
                    dates &= DATE.matcher(text.strip()).matches() || NUMERIC.matcher(text.strip()).matches();
                }
                words = Math.max(words, longestWord(text, width));
                cell = Math.max(cell, width.applyAsDouble(text));
            }
            for (List<List<Inline>> row : table.header()) {
                String text = c < row.size() ? Typography.typeset(Inlines.plainText(row.get(c))) : "";
                words = Math.max(words, longestWord(text, headerWidth));
                cell = Math.max(cell, headerWidth.applyAsDouble(text));
            }
            String declared = c < table.alignments().size() ? table.alignments().get(c) : "left";
            String alignment = "left".equals(declared) && any && numeric ? "right" : declared;
            boolean noWrap = any && (numeric || dates);
            // A cell that must not wrap is one unbreakable run.
            out.add(new Column(alignment, noWrap, noWrap ? Math.max(words, cell) : words, cell));
        }
        return out;
    }

    /** The widest run between ordinary spaces (no-break spaces hold a date or amount together). */
    private static double longestWord(String text, ToDoubleFunction<String> width) {
        double max = 0;
        for (String word : text.split("[ \\t\\n]+")) {
            max = Math.max(max, width.applyAsDouble(word));
        }
        return max;
    }

    /**
     * Column widths that fill {@code available}: each column at least its longest word; the rest of the room goes to
     * the columns that would wrap, in proportion to how much they would gain, like CSS's automatic table layout.
     * {@code padding} is added to every column (cell margins). When even the words do not fit, they are scaled down.
     */
    public static double[] widths(List<Column> columns, double available, double padding) {
        int n = columns.size();
        double[] min = new double[n];
        double[] max = new double[n];
        double minSum = 0;
        double maxSum = 0;
        for (int i = 0; i < n; i++) {
            min[i] = columns.get(i).longestWords() + padding;
            max[i] = Math.max(min[i], columns.get(i).longestCell() + padding);
            minSum += min[i];
            maxSum += max[i];
        }
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        if (maxSum <= available) {
            // Everything fits on one line: share the rest so the table spans the text width.
            for (int i = 0; i < n; i++) {
                out[i] = max[i] + (available - maxSum) * (max[i] / maxSum);
            }
        } else if (minSum <= available) {
            double grow = maxSum - minSum;
            for (int i = 0; i < n; i++) {
                out[i] = min[i] + (available - minSum) * ((max[i] - min[i]) / grow);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = min[i] * available / minSum;
            }
        }
        return out;
    }
}
