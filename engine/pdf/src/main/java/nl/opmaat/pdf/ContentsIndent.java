package nl.opmaat.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;

/**
 * The hanging indent of the table of contents: a title that wraps continues under its own first letter, not under its
 * number. Each kind of entry (contents level, numbered or appendix) gets one number column, as wide as its widest
 * number in the theme's body face (bold at level 1, as base.css sets those entries) and never narrower than
 * {@link #MIN_MM}; the link's padding is that width, and the number's box, of at least that width, is pulled back into
 * it by a negative margin (openhtmltopdf ignores {@code text-indent} on a line that starts with an inline-block).
 * Entries without a number start their wrapped lines at their first letter as well. No floats: a floated box is laid
 * out outside its parent and breaks the tagged PDF's nesting.
 */
final class ContentsIndent {

    /** The number column of the usual entries ("1", "2.3"): as before this indent existed. */
    static final double MIN_MM = 9;
    /** Room for the difference between AWT's advance widths and openhtmltopdf's, and for kerning. */
    private static final double SLACK_MM = 1;

    private ContentsIndent() {
    }

    /** The class of an entry's kind, beside {@code toc-<level>}. */
    static String kind(HtmlPlanWriter.Entry entry) {
        if (entry.number().isEmpty()) {
            return "toc-plain";
        }
        return entry.heading().numbering() == Block.Numbering.APPENDIX ? "toc-appendix" : "toc-numbered";
    }

    /** One rule per kind of numbered entry in {@code entries}, plus the unindented entries without a number. */
    static String css(Theme theme, List<HtmlPlanWriter.Entry> entries) {
        Map<String, Double> widths = new TreeMap<>();
        Measure.BodyWidths body = new Measure.BodyWidths(theme);
        for (HtmlPlanWriter.Entry e : entries) {
            if (e.number().isEmpty()) {
                continue;
            }
            String selector = ".toc-list li.toc-" + e.tagLevel() + "." + kind(e);
            double mm = body.mm(e.number() + "\u00A0", e.tagLevel() == 1 ? 700 : 400) + SLACK_MM;
            widths.merge(selector, Math.max(MIN_MM, Math.ceil(mm * 2) / 2), Math::max);
        }
        StringBuilder out = new StringBuilder(".toc-list li.toc-plain a { padding-left: 0; }\n");
        widths.forEach((selector, mm) -> {
            String width = String.format(Locale.ROOT, "%.1fmm", mm);
            out.append(selector).append(" a { padding-left: ").append(width).append("; }\n").append(selector)
                    .append(" .toc-num { min-width: ").append(width).append("; margin-left: -").append(width).append("; }\n");
        });
        return out.toString();
    }
}
