package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.theme.DocumentTerm;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The table of contents has a hanging indent, measured with PDFBox glyph positions on every shipped plan: the second
 * line of a title that wraps starts where the title's first line starts (after its number), never under the number.
 * Zaanstreek's "8.5 Programmalijn 5: … (dienstverleningsovereenkomsten / service level agreements)" wraps.
 */
class ContentsIndentTest {

    /** Glyphs of one line start at the same x within this many points. */
    private static final float SAME_X = 0.6f;
    /** A contents entry opens with its number: "8.5", "10", "A.1", or the appendix word and a number or letter. */
    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)*|[A-Z](?:\\.\\d+)*)";

    /** One visual line of a contents page: its glyphs left to right (no spaces) and the text they spell. */
    private record Line(List<TextPosition> glyphs, String text) {
        float x(int glyph) {
            return glyphs.get(glyph).getXDirAdj();
        }
    }

    @Test
    void aWrappedTitleContinuesUnderItsFirstLetterInEveryShippedPlan() throws IOException {
        List<String> problems = new ArrayList<>();
        int wrapped = 0;
        for (String plan : ShippedPlans.names()) {
            ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
            Pattern numbered = Pattern.compile("^((?:" + Pattern.quote(rendered.theme().term(DocumentTerm.BIJLAGE))
                    + "\\s+\\S+)|" + NUMBER + ")\\s+\\S");
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                Float titleX = null;
                for (Line line : contentsLines(pdf)) {
                    boolean ends = line.text().matches(".*\\.{4,}\\s*\\d+$");
                    if (titleX != null) {
                        // The previous entry had no page number yet: this line continues its title.
                        wrapped++;
                        if (Math.abs(line.x(0) - titleX) > SAME_X) {
                            problems.add(plan + ": \"" + line.text() + "\" starts at x " + line.x(0)
                                    + ", its title's first line at " + titleX);
                        }
                    } else {
                        titleX = titleStart(line, numbered);
                    }
                    if (ends) {
                        titleX = null;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(wrapped >= 1, "no shipped plan has a wrapping contents entry any more: the test measures nothing");
    }

    /** The x of the first letter of an entry's title: after its number, if it has one. */
    private static float titleStart(Line line, Pattern numbered) {
        Matcher m = numbered.matcher(line.text());
        if (!m.find()) {
            return line.x(0);
        }
        int glyphsOfNumber = m.group(1).replaceAll("\\s", "").length();
        return line.x(glyphsOfNumber);
    }

    /** The body lines of the contents pages (those with leaders), in reading order; header and footer left out. */
    private static List<Line> contentsLines(PDDocument pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().replace('\u00A0', ' ').isBlank() && p.getFontSizeInPt() >= 9.5f)
                            .forEach(glyphs::add);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            List<Line> lines = lines(glyphs);
            boolean contents = lines.stream().anyMatch(l -> l.text().matches(".*\\.{4,}\\s*\\d+$"));
            if (!contents && !out.isEmpty()) {
                break;
            }
            if (contents) {
                // The title "Inhoudsopgave" is no entry.
                lines.stream().filter(l -> !l.text().equals("Inhoudsopgave")).forEach(out::add);
            }
        }
        return out;
    }

    private static List<Line> lines(List<TextPosition> glyphs) {
        List<List<TextPosition>> rows = new ArrayList<>();
        glyphs.stream().sorted(Comparator.comparing(TextPosition::getYDirAdj)).forEach(g -> {
            List<TextPosition> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj()) < 1f) {
                last.add(g);
            } else {
                rows.add(new ArrayList<>(List.of(g)));
            }
        });
        List<Line> out = new ArrayList<>();
        for (List<TextPosition> row : rows) {
            row.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                TextPosition g = row.get(i);
                if (i > 0) {
                    TextPosition before = row.get(i - 1);
                    if (g.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) > g.getWidthOfSpace() * 0.5f) {
                        text.append(' ');
                    }
                }
                text.append(g.getUnicode());
            }
            out.add(new Line(row, text.toString().replace('\u00A0', ' ').strip()));
        }
        return out;
    }
}
