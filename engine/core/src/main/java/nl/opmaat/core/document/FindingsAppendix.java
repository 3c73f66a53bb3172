package nl.opmaat.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.internal.Messages;

/**
 * The appendix of a draft: every open (unwaived) finding of the check, most serious first, so a reader of the concept
 * sees what still has to change. Only added when an unwaived {@code fout} makes the plan a draft.
 */
final class FindingsAppendix {

    private static final Messages MESSAGES = Messages.forPackageOf(FindingsAppendix.class);

    private FindingsAppendix() {
    }

    static boolean isDraft(List<Finding> findings) {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity() == Severity.FOUT);
    }

    static List<Block> blocks(List<Finding> findings, Theme theme, HeadingIds ids) {
        if (!isDraft(findings)) {
            return List.of();
        }
        List<Finding> open = findings.stream().filter(f -> !f.waived())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::position)
                        .thenComparing(Finding::ruleId).thenComparing(Finding::message))
                .toList();
        long errors = open.stream().filter(f -> f.severity() == Severity.FOUT).count();
        String title = theme.term(DocumentTerm.BEVINDINGEN);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, Cells.text(title), ids.next(title), Block.Numbering.APPENDIX));
        out.add(new Block.Paragraph(Cells.text(MESSAGES.format("findings.intro", errors))));
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Finding f : open) {
            List<Inline> message = new ArrayList<>(Cells.text(f.message()));
            if (!f.hint().isBlank()) {
                message.add(new Inline.LineBreak());
                message.add(new Inline.Emphasis(Cells.text(f.hint())));
            }
            // Severity, rule and place share one cell: as separate columns they squeezed "plan.yaml:17:3" into a
            // column one word wide.
            List<Inline> finding = List.of(new Inline.Strong(Cells.text(f.severity().label())), new Inline.LineBreak(),
                    new Inline.Code(f.ruleId()), new Inline.LineBreak(), new Inline.Text(f.position().toString()));
            rows.add(List.of(finding, message));
        }
        List<List<List<Inline>>> header = List.of(List.of(Cells.text(MESSAGES.format("findings.col.finding")),
                Cells.text(MESSAGES.format("findings.col.message"))));
        out.add(new Block.Table(MESSAGES.format("findings.caption"), header, rows, List.of("left", "left")));
        return out;
    }
}
