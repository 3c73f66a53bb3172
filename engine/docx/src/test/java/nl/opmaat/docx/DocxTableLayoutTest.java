package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.TableLayout;
import nl.opmaat.core.document.Typography;
import nl.opmaat.core.theme.DefaultTheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOCX's tables as LibreOffice lays them out (its PDF, read back with PDFBox): no amount, date or year of a table is
 * broken over two lines, and the budget's amounts line up on the right.
 */
@Tag("libreoffice")
class DocxTableLayoutTest {

    @TempDir
    Path dir;

    /** A line as PDFBox finds it, and the right edge of its last glyph. */
    record Line(String text, float right) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"voorbeeld", "po-22-02-emmen", "vo-zuidoost-utrecht"})
    void libreOfficeKeepsNumbersAndDatesOnOneLineAndAlignsAmountsRight(String plan) throws Exception {
        Document document = PlanSourcesDocxTest.document(PlanSourcesDocxTest.PLAN_SOURCES.resolve(plan));
        Path docx = dir.resolve("plan.docx");
        Files.write(docx, new DocxPlanWriter().write(document, new DefaultTheme()));
        List<Line> lines = lines(pdfOf(docx));

        List<String> split = new ArrayList<>();
        int checked = 0;
        for (Block.Table table : tables(document.blocks())) {
            List<TableLayout.Column> columns = TableLayout.columns(table, String::length, String::length);
            for (List<List<Inline>> row : table.rows()) {
                for (int c = 0; c < row.size() && c < columns.size(); c++) {
                    String text = Typography.typeset(Inlines.plainText(row.get(c))).replace('\u00A0', ' ').strip();
                    if (columns.get(c).noWrap() && text.length() > 1) {
                        checked++;
                        if (lines.stream().noneMatch(l -> l.text().contains(text))) {
                            split.add(text);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 5, plan + ": only " + checked + " numbers and dates in tables");
        assertEquals(List.of(), split, plan + ": broken over lines by LibreOffice");

        Block.Table budget = tables(document.blocks()).stream().filter(t -> t.caption().startsWith("Meerjarenbegroting"))
                .findFirst().orElse(null);
        if (budget != null) {
            Set<String> amounts = new TreeSet<>();
            budget.rows().forEach(r -> r.stream().skip(1).map(Inlines::plainText)
                    .filter(t -> t.matches("-?[\\d.]{4,}(,\\d\\d)?")).forEach(amounts::add));
            Set<Long> edges = new TreeSet<>();
            lines.stream().filter(l -> amounts.contains(l.text().strip())).forEach(l -> edges.add((long) Math.floor(l.right())));
            assertFalse(edges.isEmpty(), plan + ": no budget amounts found");
            assertTrue(clusters(edges) <= budget.header().get(0).size() - 1, plan + ": amounts end at " + edges);
        }
    }

    /** LibreOffice's PDF of the DOCX, through the one helper that runs soffice. */
    private static byte[] pdfOf(Path docx) throws IOException, InterruptedException {
        return Files.readAllBytes(LibreOffice.convert(docx, "pdf"));
    }

    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty() && !text.isBlank()) {
                        TextPosition last = positions.get(positions.size() - 1);
                        out.add(new Line(text.replace('\u00A0', ' '), last.getXDirAdj() + last.getWidthDirAdj()));
                    }
                }
            };
            stripper.getText(document);
        }
        return out;
    }

    private static List<Block.Table> tables(List<Block> blocks) {
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
}
