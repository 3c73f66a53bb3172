package nl.opmaat.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Vaststelling;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.internal.Messages;

/**
 * The generated chapter on how the plan came about: the adoption timeline (OPR, OOGO per gemeente, overleg, other steps,
 * vaststelling, toezending) from {@code vaststelling}, sorted by date, with undated steps at the end and marked.
 */
final class ProcedureSection {

    private static final Messages MESSAGES = Messages.forPackageOf(ProcedureSection.class);

    private ProcedureSection() {
    }

    private record Step(LocalDate date, String what, String who) {
    }

    static List<Block> blocks(Plan plan, Theme theme, HeadingIds ids) {
        List<Block> out = new ArrayList<>();
        String title = theme.term(DocumentTerm.TOTSTANDKOMING);
        out.add(new Block.Heading(1, Cells.text(title), ids.next(title), Block.Numbering.NUMBERED));
        Periode periode = plan.periode();
        if (periode != null && periode.van() != null && periode.tot() != null) {
            out.add(paragraph(MESSAGES.format("procedure.period", DutchFormat.date(periode.van()),
                    DutchFormat.date(periode.tot()))));
        }
        List<Step> steps = steps(plan.vaststelling());
        if (steps.isEmpty()) {
            out.add(paragraph(MESSAGES.format("procedure.none")));
            return out;
        }
        out.add(paragraph(MESSAGES.format("procedure.intro")));
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Step step : steps) {
            List<Inline> date = step.date() == null
                    ? List.of(new Inline.Emphasis(Cells.text(MESSAGES.format("procedure.undated"))))
                    : Cells.text(DutchFormat.date(step.date()));
            rows.add(List.of(date, Cells.text(step.what()), Cells.text(step.who())));
        }
        List<List<List<Inline>>> header = List.of(List.of(Cells.text(MESSAGES.format("procedure.col.date")),
                Cells.text(MESSAGES.format("procedure.col.step")), Cells.text(MESSAGES.format("procedure.col.who"))));
        out.add(new Block.Table(MESSAGES.format("procedure.caption"), header, rows, List.of("left", "left", "left")));
        return out;
    }

    /** Dated steps by date (ties keep the order of plan.yaml), then the undated ones in their order. */
    static List<Step> steps(Vaststelling v) {
        List<Step> steps = new ArrayList<>();
        if (v.oprInstemming() != null) {
            steps.add(new Step(v.oprInstemming(), MESSAGES.format("procedure.opr"), MESSAGES.format("procedure.opr.who")));
        }
        for (Vaststelling.Oogo oogo : v.oogo()) {
            steps.add(new Step(oogo.datum(), MESSAGES.format("procedure.oogo"),
                    MESSAGES.format("procedure.oogo.who", oogo.gemeente())));
        }
        for (Vaststelling.Overleg overleg : v.overleg()) {
            steps.add(new Step(overleg.datum(), MESSAGES.format("procedure.overleg"), overleg.naam()));
        }
        for (Vaststelling.Stap stap : v.overig()) {
            steps.add(new Step(stap.datum(), capitalised(stap.handeling()), stap.orgaan()));
        }
        if (v.bestuur() != null) {
            steps.add(new Step(v.bestuur(), MESSAGES.format("procedure.bestuur"), MESSAGES.format("procedure.bestuur.who")));
        }
        if (v.toezendingInspectie() != null) {
            steps.add(new Step(v.toezendingInspectie(), MESSAGES.format("procedure.inspectie"),
                    MESSAGES.format("procedure.inspectie.who")));
        }
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    private static String capitalised(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(Cells.text(text));
    }
}
