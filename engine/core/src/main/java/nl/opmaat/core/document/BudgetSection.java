package nl.opmaat.core.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.internal.Messages;

/**
 * The generated budget chapter from {@code financien.begroting}: one column per year, baten and lasten per post with
 * the totals the plan states. Totals are shown as stated, never computed: a budget that does not add up is a finding
 * ({@code financien.begroting-sluit}), not something the document should hide.
 */
final class BudgetSection {

    private static final Messages MESSAGES = Messages.forPackageOf(BudgetSection.class);

    private BudgetSection() {
    }

    static List<Block> blocks(Financien financien, Theme theme, HeadingIds ids) {
        if (financien == null || financien.begroting().isEmpty()) {
            return List.of();
        }
        List<Financien.Begroting> years = new ArrayList<>(financien.begroting());
        years.sort(Comparator.comparingInt(Financien.Begroting::jaar));
        String title = theme.term(DocumentTerm.BEGROTING);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, Cells.text(title), ids.next(title), Block.Numbering.NUMBERED));
        out.add(new Block.Paragraph(Cells.text(MESSAGES.format("budget.intro"))));

        List<List<Inline>> headerRow = new ArrayList<>();
        headerRow.add(Cells.text(MESSAGES.format("budget.col.post")));
        List<String> alignments = new ArrayList<>(List.of("left"));
        for (Financien.Begroting year : years) {
            headerRow.add(Cells.text(DutchFormat.year(year.jaar())));
            alignments.add("right");
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        section(rows, years, MESSAGES.format("budget.baten"), Financien.Begroting::baten);
        rows.add(totalRow(years, MESSAGES.format("budget.totaal-baten"), Financien.Begroting::totaalBaten));
        section(rows, years, MESSAGES.format("budget.lasten"), Financien.Begroting::lasten);
        rows.add(totalRow(years, MESSAGES.format("budget.totaal-lasten"), Financien.Begroting::totaalLasten));
        out.add(new Block.Table(MESSAGES.format("budget.caption"), List.of(headerRow), rows, alignments));
        return out;
    }

    /** A label row, then one row per post (in order of first appearance over the years). */
    private static void section(List<List<List<Inline>>> rows, List<Financien.Begroting> years, String label,
                                Function<Financien.Begroting, List<Financien.Post>> posts) {
        rows.add(labelRow(label, years.size()));
        Set<String> names = new LinkedHashSet<>();
        years.forEach(y -> posts.apply(y).forEach(p -> names.add(p.post())));
        for (String name : names) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Cells.text(name));
            for (Financien.Begroting year : years) {
                BigDecimal sum = null;
                for (Financien.Post post : posts.apply(year)) {
                    if (name.equals(post.post()) && post.bedrag() != null) {
                        sum = sum == null ? post.bedrag() : sum.add(post.bedrag());
                    }
                }
                row.add(amount(sum));
            }
            rows.add(row);
        }
    }

    private static List<List<Inline>> labelRow(String label, int columns) {
        List<List<Inline>> row = new ArrayList<>();
        row.add(Cells.strong(label));
        for (int i = 0; i < columns; i++) {
            row.add(List.of());
        }
        return row;
    }

    private static List<List<Inline>> totalRow(List<Financien.Begroting> years, String label,
                                               Function<Financien.Begroting, BigDecimal> total) {
        List<List<Inline>> row = new ArrayList<>();
        row.add(Cells.strong(label));
        for (Financien.Begroting year : years) {
            BigDecimal value = total.apply(year);
            row.add(value == null ? amount(null) : Cells.strong(DutchFormat.amount(value)));
        }
        return row;
    }

    private static List<Inline> amount(BigDecimal value) {
        return Cells.text(value == null ? MESSAGES.format("budget.missing") : DutchFormat.amount(value));
    }
}
