package nl.opmaat.core.document;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.internal.Messages;

/** The glossary appendix: the plugin's terms in Dutch alphabetical order, each with its B1 explanation. */
final class GlossaryAppendix {

    private static final Messages MESSAGES = Messages.forPackageOf(GlossaryAppendix.class);

    private GlossaryAppendix() {
    }

    static List<Block> blocks(List<GlossaryTerm> terms, Theme theme, HeadingIds ids) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        List<GlossaryTerm> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(GlossaryTerm::term, dutch).thenComparing(GlossaryTerm::term));
        String title = theme.term(DocumentTerm.BEGRIPPENLIJST);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, Cells.text(title), ids.next(title), Block.Numbering.APPENDIX));
        out.add(new Block.Paragraph(Cells.text(MESSAGES.format("glossary.intro"))));
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (GlossaryTerm term : sorted) {
            String explanation = term.explanation();
            if (!term.variants().isEmpty()) {
                explanation += " " + MESSAGES.format("glossary.variants", String.join(", ", term.variants()));
            }
            rows.add(List.of(Cells.strong(term.term()), Cells.text(explanation)));
        }
        List<List<List<Inline>>> header = List.of(List.of(Cells.text(MESSAGES.format("glossary.col.term")),
                Cells.text(MESSAGES.format("glossary.col.explanation"))));
        out.add(new Block.Table(MESSAGES.format("glossary.caption"), header, rows, List.of("left", "left")));
        return out;
    }
}
