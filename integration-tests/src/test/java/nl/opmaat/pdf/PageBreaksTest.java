package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Page breaks a typesetter would accept, measured with PDFBox text positions on every shipped plan and parent summary:
 * no page starts with a lone closing line of a paragraph begun on the page before (a widow), no paragraph leaves only
 * its first line at a page foot (an orphan), and no heading is the last line of a page.
 */
class PageBreaksTest {

    /** Running header, page number and footnotes are smaller; they are not the page's body. */
    private static final float MIN_BODY_POINTS = 9f;

    static Stream<String> plans() {
        return ShippedPlans.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void noWidowsOrphansOrHeadingsLastOnAPage(String plan) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ShippedPlans.get(plan).pdf())) {
            List<String> problems = problems(lines(pdf));
            assertEquals(List.of(), problems, plan);
        }
    }

    /** The problems of one PDF's lines; package-private for the summary test. */
    static List<String> problems(List<PublicationLayoutTest.Line> all) {
        float body = bodySize(all);
        Map<Integer, List<PublicationLayoutTest.Line>> pages = new TreeMap<>();
        for (PublicationLayoutTest.Line line : all) {
            if (line.size() >= MIN_BODY_POINTS) {
                pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
            }
        }
        // Leaders mark the contents, whose entries are lines of their own.
        pages.values().removeIf(lines -> lines.stream().anyMatch(l -> l.text().contains("....")));
        pages.values().forEach(lines -> lines.sort((a, b) -> Float.compare(a.bottom(), b.bottom())));
        float pitch = body * 1.4f;
        List<String> problems = new ArrayList<>();
        List<PublicationLayoutTest.Line> previous = List.of();
        for (Map.Entry<Integer, List<PublicationLayoutTest.Line>> page : pages.entrySet()) {
            List<PublicationLayoutTest.Line> lines = merged(page.getValue());
            PublicationLayoutTest.Line last = lines.get(lines.size() - 1);
            if (isHeading(last, body) && page.getKey() > 1) {
                problems.add("p. " + page.getKey() + ": heading last on the page: " + last.text().strip());
            }
            if (!previous.isEmpty() && isBody(lines.get(0), body) && isBody(previous.get(previous.size() - 1), body)
                    && continues(previous.get(previous.size() - 1))) {
                boolean alone = lines.size() == 1 || lines.get(1).bottom() - lines.get(0).bottom() > pitch * 1.3f
                        || !isBody(lines.get(1), body);
                if (alone) {
                    problems.add("p. " + page.getKey() + ": a lone closing line: " + lines.get(0).text().strip());
                }
            }
            if (lines.size() >= 2 && isBody(last, body) && continues(last)) {
                PublicationLayoutTest.Line before = lines.get(lines.size() - 2);
                if (!isBody(before, body) || last.bottom() - before.bottom() > pitch * 1.3f) {
                    problems.add("p. " + page.getKey() + ": a lone first line at the foot: " + last.text().strip());
                }
            }
            previous = lines;
        }
        return problems;
    }

    /** Like {@link PublicationLayoutTest#lines}, but the text ends with the rightmost glyph (a link splits a line). */
    static List<PublicationLayoutTest.Line> lines(PDDocument pdf) throws IOException {
        List<PublicationLayoutTest.Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition rightmost = positions.stream()
                        .max((a, b) -> Float.compare(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj()))
                        .orElseThrow();
                String shown = text.replace('\u00A0', ' ').strip();
                if (rightmost != positions.get(positions.size() - 1)) {
                    shown = shown + " " + rightmost.getUnicode();
                }
                out.add(new PublicationLayoutTest.Line(shown, first.getXScale(), getCurrentPageNo(),
                        rightmost.getXDirAdj() + rightmost.getWidthDirAdj(), first.getYDirAdj(),
                        first.getFont().getName() != null && first.getFont().getName().contains("Bold")));
            }
        };
        stripper.getText(pdf);
        return out;
    }

    /** PDFBox may report one visual line in pieces (a bold word, a link): keep one entry per baseline. */
    private static List<PublicationLayoutTest.Line> merged(List<PublicationLayoutTest.Line> lines) {
        List<PublicationLayoutTest.Line> out = new ArrayList<>();
        for (PublicationLayoutTest.Line line : lines) {
            PublicationLayoutTest.Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && Math.abs(prev.bottom() - line.bottom()) < 1f) {
                boolean rightmost = line.right() > prev.right();
                out.set(out.size() - 1, new PublicationLayoutTest.Line(rightmost ? prev.text() + " " + line.text()
                        : line.text() + " " + prev.text(), Math.max(prev.size(), line.size()), prev.page(),
                        Math.max(prev.right(), line.right()), prev.bottom(), prev.bold() || line.bold()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** A line that does not end a sentence or list item: the paragraph goes on below it. */
    private static boolean continues(PublicationLayoutTest.Line line) {
        String text = line.text().strip();
        return !text.isEmpty() && !text.matches(".*[.:;!?)”’]$");
    }

    private static boolean isBody(PublicationLayoutTest.Line line, float body) {
        return Math.abs(line.size() - body) < 0.3f && !line.bold();
    }

    private static boolean isHeading(PublicationLayoutTest.Line line, float body) {
        return line.bold() && line.size() > body + 0.7f;
    }

    /** The most common font size: the running text. */
    private static float bodySize(List<PublicationLayoutTest.Line> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.size() * 10) / 10f, 1, Integer::sum));
        assertTrue(!counts.isEmpty());
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
