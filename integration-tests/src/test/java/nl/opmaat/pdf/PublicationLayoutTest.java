package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.TableLayout;
import nl.opmaat.core.document.Typography;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a publisher checks, measured on every shipped plan's PDF with PDFBox text positions: the length of body lines,
 * numbers and dates in tables on one line and right-aligned, no table header alone at a page foot, and an honest
 * cover. A few pages of each plan are rendered to {@code target/publication-pages/} for a reviewer to look at.
 */
class PublicationLayoutTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    static Stream<String> plans() {
        return ShippedPlans.names().stream();
    }

    /** One line of text as PDFBox finds it: its text, font size, page and the right edge of its last glyph. */
    record Line(String text, float size, int page, float right, float bottom, boolean bold) {
    }

    static List<Line> lines(PDDocument pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && !text.isBlank()) {
                    TextPosition last = positions.get(positions.size() - 1);
                    TextPosition first = positions.get(0);
                    out.add(new Line(text.replace('\u00A0', ' '), first.getXScale(), getCurrentPageNo(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                            first.getFont().getName() != null && first.getFont().getName().contains("Bold")));
                }
            }
        };
        stripper.getText(pdf);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void bodyLinesHoldSixtyToSeventyFiveCharactersAtTheMedian(String plan) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ShippedPlans.get(plan).pdf())) {
            List<Integer> lengths = new ArrayList<>();
            for (Line line : lines(pdf)) {
                // Body text is 10.5 pt; tables, notes, headers and headings have other sizes; leaders mark the contents.
                if (Math.abs(line.size() - Measure.BODY_POINTS) < 0.2 && !line.text().contains("..")) {
                    lengths.add(line.text().strip().length());
                }
            }
            lengths.sort(Integer::compare);
            assertTrue(lengths.size() > 100, plan + ": only " + lengths.size() + " body lines");
            int median = lengths.get(lengths.size() / 2);
            assertTrue(median >= 60 && median <= 75, plan + ": median " + median + " characters per body line");
            writePages(plan, pdf);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void numbersAndDatesInTablesStayOnOneLine(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            List<String> texts = lines(pdf).stream().map(Line::text).toList();
            List<String> split = new ArrayList<>();
            int checked = 0;
            for (Block.Table table : tables(rendered.document().blocks())) {
                for (String cell : unbreakableCells(table)) {
                    checked++;
                    if (texts.stream().noneMatch(t -> t.contains(cell))) {
                        split.add(cell);
                    }
                }
            }
            assertEquals(List.of(), split, plan + ": numbers or dates broken over lines (of " + checked + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void amountsInTheBudgetLineUpOnTheRight(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        List<Block.Table> budgets = tables(rendered.document().blocks()).stream()
                .filter(t -> t.caption().startsWith("Meerjarenbegroting")).toList();
        if (budgets.isEmpty()) {
            return;
        }
        Block.Table budget = budgets.get(0);
        Set<String> amounts = new TreeSet<>();
        for (List<List<nl.opmaat.core.document.Inline>> row : budget.rows()) {
            for (int c = 1; c < row.size(); c++) {
                String text = Inlines.plainText(row.get(c));
                if (text.matches("-?[\\d.]{4,}(,\\d\\d)?")) {
                    amounts.add(text);
                }
            }
        }
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            Set<Long> rightEdges = new TreeSet<>();
            for (Line line : lines(pdf)) {
                if (amounts.contains(line.text().strip())) {
                    rightEdges.add((long) Math.floor(line.right()));
                }
            }
            int columns = budget.header().get(0).size() - 1;
            assertFalse(rightEdges.isEmpty(), plan + ": no amounts found");
            // Right-aligned amounts end at one x per year column (a pixel of rounding either way).
            assertTrue(clusters(rightEdges) <= columns, plan + ": amounts end at " + rightEdges + " for " + columns + " columns");
        }
    }

    /**
     * The lowest line of a page (footnotes, running header and page number are smaller and left out) is never a table
     * header or caption: those are bold at the table's 9.5 pt; a body row under them would be the lowest line.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aTableHeaderNeverStandsAloneAtThePageFoot(String plan) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ShippedPlans.get(plan).pdf())) {
            java.util.Map<Integer, Line> lowest = new java.util.TreeMap<>();
            for (Line line : lines(pdf)) {
                if (line.size() >= 9f) {
                    lowest.merge(line.page(), line, (x, y) -> y.bottom() >= x.bottom() ? y : x);
                }
            }
            List<String> alone = new ArrayList<>();
            lowest.forEach((page, line) -> {
                if (line.bold() && Math.abs(line.size() - 9.5f) < 0.2f) {
                    alone.add("p. " + page + ": " + line.text());
                }
            });
            assertTrue(lowest.size() > 5, plan);
            assertEquals(List.of(), alone, plan + ": a table header or caption alone at the page foot");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theCoverIsHonestAndWritesDatesOut(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String cover = PdfText.pages(pdf).get(0);
            assertFalse(cover.contains("Concept") && cover.contains("Vastgesteld op"), plan + ": " + cover);
            assertEquals(rendered.document().meta().draft(), cover.contains("Concept \u2013 nog niet vastgesteld"), cover);
            assertFalse(ISO_DATE.matcher(cover).find(), plan + ": ISO date on the cover: " + cover);
        }
    }

    /** A generated section (the budget) is never listed beside the plan's own section on it, and no chapter twice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void noHeadingStandsTwiceInTheContents(String plan) {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        List<String> chapters = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        for (Block block : rendered.document().blocks()) {
            if (block instanceof Block.Heading h && h.level() <= HtmlPlanWriter.TOC_DEPTH) {
                String title = Inlines.plainText(h.text()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
                contents.add(title);
                if (h.level() == 1) {
                    chapters.add(title);
                }
            }
        }
        List<String> twice = chapters.stream().filter(t -> chapters.indexOf(t) != chapters.lastIndexOf(t)).distinct().toList();
        assertEquals(List.of(), twice, plan + ": chapters");
        String budget = rendered.theme().term(nl.opmaat.api.theme.DocumentTerm.BEGROTING).toLowerCase(java.util.Locale.ROOT);
        assertTrue(contents.stream().filter(budget::equals).count() <= 1, plan + ": " + budget + " in " + contents);
    }

    /** The body cells of the columns the layout keeps on one line, as the writers typeset them. */
    private static List<String> unbreakableCells(Block.Table table) {
        List<TableLayout.Column> columns = TableLayout.columns(table, String::length, String::length);
        List<String> out = new ArrayList<>();
        for (List<List<nl.opmaat.core.document.Inline>> row : table.rows()) {
            for (int c = 0; c < row.size() && c < columns.size(); c++) {
                String text = Typography.typeset(Inlines.plainText(row.get(c))).replace('\u00A0', ' ').strip();
                if (columns.get(c).noWrap() && text.length() > 1) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    static List<Block.Table> tables(List<Block> blocks) {
        return Blocks.flatten(blocks).filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private static int clusters(Set<Long> edges) {
        int count = 0;
        long previous = Long.MIN_VALUE;
        for (long edge : edges) {
            if (edge - previous > 1) {
                count++;
            }
            previous = edge;
        }
        return count;
    }

    /** The cover, the contents and the page with the budget or the first table, as PNG for a reviewer. */
    private static void writePages(String plan, PDDocument pdf) throws IOException {
        Path dir = Path.of("target", "publication-pages");
        Files.createDirectories(dir);
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<String> pages = PdfText.pages(pdf);
        int table = 2;
        for (int p = 2; p < pages.size(); p++) {
            if (pages.get(p).contains("Meerjarenbegroting (bedragen in euro)")) {
                table = p;
                break;
            }
        }
        for (int p : new int[] {0, 1, table}) {
            BufferedImage image = renderer.renderImageWithDPI(p, 60);
            ImageIO.write(image, "png", dir.resolve(plan + "-p" + (p + 1) + ".png").toFile());
        }
    }
}
