package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped plan-source becomes a sound DOCX whose headings and tables are those of its document tree. */
class PlanSourcesDocxTest {

    static final Path PLAN_SOURCES = Path.of("../../plan-sources");

    static Stream<Path> planSources() throws Exception {
        try (Stream<Path> dirs = Files.list(PLAN_SOURCES)) {
            List<Path> plans = dirs.filter(d -> Files.exists(d.resolve("plan.yaml"))).sorted().toList();
            assertFalse(plans.isEmpty(), "no plan-sources found in " + PLAN_SOURCES.toAbsolutePath());
            return plans.stream();
        }
    }

    /** The plan's document tree, as `opmaat build` makes it (findings from a fixed clock, default theme). */
    static Document document(Path dir) throws Exception {
        LoadedPlan loaded = new PlanReader().read(dir);
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        var findings = new RuleRunner(catalogue, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))
                .run(loaded).findings();
        return new PlanDocumentBuilder(new DefaultTheme(), "test", Optional.empty()).build(loaded, findings, List.of());
    }

    @ParameterizedTest
    @MethodSource("planSources")
    void becomesASoundDocxWithTheTreesHeadingsAndTables(Path dir) throws Exception {
        Document document = document(dir);
        byte[] bytes = new DocxPlanWriter().write(document, new DefaultTheme());
        DocxInspector docx = new DocxInspector(bytes);
        assertEquals(List.of(), DocxStructure.problems(docx));

        List<String> expectedHeadings = new ArrayList<>();
        List<String> expectedCells = new ArrayList<>();
        collect(document.blocks(), expectedHeadings, expectedCells);
        assertEquals(expectedHeadings, normalised(docx.strings("/word/document.xml",
                "//w:body//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]")));
        assertEquals(expectedCells, normalised(docx.strings("/word/document.xml", "//w:body//w:tc")));
        assertEquals(document.footnotes().size() + 2.0, docx.number("/word/footnotes.xml", "count(/w:footnotes/w:footnote)"));
        assertEquals(document.meta().title(), docx.pkg.getDocPropsCorePart().getJaxbElement().getTitle().getValue().getContent().get(0));
        assertTrue(docx.number("/word/document.xml", "count(//w:sdt//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC')])") > 5);
        assertArrayEquals(bytes, new DocxPlanWriter().write(document(dir), new DefaultTheme()), "reproducible");
    }

    private static List<String> normalised(List<String> texts) {
        return texts.stream().map(t -> t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip()).toList();
    }

    /** The text as the writer sets it (typographic quotes, no-break spaces read as spaces). */
    private static String typeset(List<nl.opmaat.core.document.Inline> inlines) {
        return nl.opmaat.core.document.Typography.typeset(nl.opmaat.core.document.Inlines.plainText(inlines)).replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    private static void collect(List<Block> blocks, List<String> headings, List<String> cells) {
        Blocks.headings(blocks).forEach(h -> headings.add(typeset(h.text())));
        Blocks.flatten(blocks).filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(t -> {
            t.header().forEach(row -> row.forEach(c -> cells.add(typeset(c))));
            t.rows().forEach(row -> row.forEach(c -> cells.add(typeset(c))));
        });
    }
}
