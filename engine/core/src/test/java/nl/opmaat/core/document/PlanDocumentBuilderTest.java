package nl.opmaat.core.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentBuilderTest {

    @TempDir
    Path dir;

    private final PlanDocumentBuilder builder = new PlanDocumentBuilder(new DefaultTheme(), "1.2.3", Optional.empty());

    private Document build(PlanFixture fixture) throws Exception {
        return builder.build(fixture.load(), List.of(), List.of());
    }

    private static List<Block.Heading> headings(Document document) {
        return flatten(document.blocks()).filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }

    private static Stream<Block> flatten(List<Block> blocks) {
        return Blocks.flatten(blocks);
    }

    private static <T extends Block> List<T> all(Document document, Class<T> type) {
        return flatten(document.blocks()).filter(type::isInstance).map(type::cast).toList();
    }

    private static String text(List<Inline> content) {
        return Inlines.plainText(content);
    }

    @Test
    void startsWithTableOfContentsAndNumbersChapterHeadings() throws Exception {
        Document doc = build(new PlanFixture(dir)
                .chapter("hoofdstukken/01-inleiding.md", "# Inleiding\n\nTekst.\n\n## Aanleiding\n\nMeer.\n\n#### Detail\n\nKlein.\n")
                .chapter("hoofdstukken/02-netwerk.md", "# Dekkend netwerk\n\n### Plaatsen\n\nTekst.\n"));
        assertInstanceOf(Block.TableOfContents.class, doc.blocks().get(0));
        List<Block.Heading> headings = headings(doc);
        assertEquals(List.of("Inleiding", "Aanleiding", "Detail", "Dekkend netwerk", "Plaatsen", "Totstandkoming van het plan"),
                headings.stream().map(h -> text(h.text())).toList());
        assertEquals(List.of(1, 2, 4, 1, 3, 1), headings.stream().map(Block.Heading::level).toList());
        assertEquals(Block.Numbering.NUMBERED, headings.get(0).numbering());
        assertEquals(Block.Numbering.NONE, headings.get(2).numbering(), "level 4 is not numbered");
        assertEquals("inleiding", headings.get(0).id());
    }

    @Test
    void repeatedHeadingsGetUniqueIdsThatStartWithALetter() throws Exception {
        Document doc = build(new PlanFixture(dir).chapter("hoofdstukken/a.md", """
                # Programma
                ## Beoogd resultaat
                a
                ## Beoogd resultaat
                b
                ## Beoogd resultaat
                c
                ## 2026 en verder
                d
                ## Een heel lange kop die veel langer is dan veertig tekens in totaal
                e
                """));
        List<String> ids = headings(doc).stream().map(Block.Heading::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique: " + ids);
        assertTrue(ids.containsAll(List.of("beoogd-resultaat", "beoogd-resultaat-2", "beoogd-resultaat-3", "h-2026-en-verder")),
                ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.length() <= HeadingIds.MAX_LENGTH && Character.isLetter(id.charAt(0))), ids.toString());
    }

    @Test
    void convertsInlineMarkupAndResolvesLinks() throws Exception {
        Document doc = build(new PlanFixture(dir)
                .chapter("hoofdstukken/01-a.md", """
                        # Eerste
                        Dit is *nadruk*, **sterk**, `code`, [intern](#tweede-kop), [ander hoofdstuk](02-b.md#basisondersteuning),
                        [web](https://example.org), [los bestand](notities.txt) en een regel\\
                        met een harde breuk.

                        ## Tweede kop
                        x
                        """)
                .chapter("hoofdstukken/02-b.md", "# Tweede hoofdstuk\n\n## Basisondersteuning\n\ny\n"));
        Block.Paragraph p = all(doc, Block.Paragraph.class).get(0);
        List<Inline> c = p.content();
        assertTrue(c.contains(new Inline.Emphasis(List.of(new Inline.Text("nadruk")))));
        assertTrue(c.contains(new Inline.Strong(List.of(new Inline.Text("sterk")))));
        assertTrue(c.contains(new Inline.Code("code")));
        assertTrue(c.contains(new Inline.Link("#tweede-kop", List.of(new Inline.Text("intern")))));
        assertTrue(c.contains(new Inline.Link("#basisondersteuning", List.of(new Inline.Text("ander hoofdstuk")))));
        assertTrue(c.contains(new Inline.Link("https://example.org", List.of(new Inline.Text("web")))));
        assertTrue(c.contains(new Inline.LineBreak()));
        assertTrue(c.stream().noneMatch(i -> i instanceof Inline.Link l && l.target().contains("notities")),
                "a link to a file outside the document becomes text");
        assertTrue(text(c).contains("los bestand en een regel"), text(c));
    }

    @Test
    void convertsListsAndTables() throws Exception {
        Document doc = build(new PlanFixture(dir).chapter("hoofdstukken/a.md", """
                # Lijsten
                - een
                - twee

                1. eerste
                2. tweede

                | School | Leerlingen |
                |:-------|-----------:|
                | De Brug | 180 |
                | Het Anker | 95 |
                """));
        List<Block.ListBlock> lists = all(doc, Block.ListBlock.class);
        assertEquals(2, lists.size());
        assertFalse(lists.get(0).ordered());
        assertTrue(lists.get(1).ordered());
        assertEquals(2, lists.get(0).items().size());
        Block.Table table = all(doc, Block.Table.class).get(0);
        assertEquals(List.of(List.of(List.of(new Inline.Text("School")), List.of(new Inline.Text("Leerlingen")))), table.header());
        assertEquals(2, table.rows().size());
        assertEquals("Het Anker", text(table.rows().get(1).get(0)));
        assertEquals(List.of("left", "right"), table.alignments());
    }

    @Test
    void numbersFootnotesInOrderOfFirstReferenceAcrossChapters() throws Exception {
        Document doc = build(new PlanFixture(dir)
                .chapter("hoofdstukken/a.md", "# A\n\nEerst[^b] dan[^a] en weer[^b].\n\n[^a]: Noot a van A.\n[^b]: Noot b van A.\n")
                .chapter("hoofdstukken/b.md", "# B\n\nHier[^a].\n\n[^a]: Noot a van B.\n"));
        assertEquals(3, doc.footnotes().size());
        assertEquals(List.of(1, 2, 3), doc.footnotes().stream().map(Footnote::number).toList());
        assertEquals("Noot b van A.", text(((Block.Paragraph) doc.footnotes().get(0).content().get(0)).content()));
        assertEquals("Noot a van A.", text(((Block.Paragraph) doc.footnotes().get(1).content().get(0)).content()));
        assertEquals("Noot a van B.", text(((Block.Paragraph) doc.footnotes().get(2).content().get(0)).content()));
        List<Inline> first = all(doc, Block.Paragraph.class).get(0).content();
        assertEquals(List.of(1, 2, 1), first.stream().filter(Inline.FootnoteRef.class::isInstance)
                .map(i -> ((Inline.FootnoteRef) i).number()).toList());
    }

    @Test
    void readsImagesFromThePlanDirectoryWithAltText() throws Exception {
        byte[] png = png();
        Document doc = build(new PlanFixture(dir)
                .file("afbeeldingen/kaart.png", png)
                .chapter("hoofdstukken/a.md", "# Regio\n\nVoor.\n\n![Kaart van de regio](../afbeeldingen/kaart.png \"De regio\")\n\nNa.\n"));
        Block.Figure figure = all(doc, Block.Figure.class).get(0);
        assertEquals("Kaart van de regio", figure.alt());
        assertEquals("De regio", figure.caption());
        assertEquals("image/png", figure.mediaType());
        assertArrayEquals(png, figure.data());
    }

    @Test
    void refusesRemoteImagesAndPathsOutsideThePlanWithDutchMessages() throws Exception {
        Path plan = Files.createDirectories(dir.resolve("plan"));
        Files.write(dir.resolve("buiten.png"), png());
        PlanFixture fixture = new PlanFixture(plan).chapter("hoofdstukken/a.md", """
                # Regio

                ![Logo](https://example.org/logo.png)

                ![Buiten](../../buiten.png)

                ![](../afbeelding.png)
                """);
        PlanInputException e = assertThrows(PlanInputException.class, () -> build(fixture));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("staat op internet"), e.problems().get(0).message());
        assertEquals(new SourcePosition("hoofdstukken/a.md", 3, 1), e.problems().get(0).position());
        assertTrue(e.problems().get(1).message().contains("buiten de planmap"), e.problems().get(1).message());
        assertTrue(e.problems().get(2).message().contains("geen alt-tekst"), e.problems().get(2).message());
        assertFalse(e.problems().get(1).hint().isBlank());
    }

    @Test
    void generatesTheAdoptionTimelineSortedByDateWithUndatedStepsLast() throws Exception {
        Document doc = build(new PlanFixture(dir).yaml("""
                vaststelling:
                  opr-instemming: 2026-03-02
                  oogo:
                    - { gemeente: Lelystad }
                    - { gemeente: Almere, datum: 2026-02-10 }
                  overleg-samenwerkingsverbanden:
                    - { naam: SWV VO Proefregio, datum: 2026-02-20 }
                  overig:
                    - { orgaan: Raad van toezicht, handeling: goedkeuring, datum: 2026-03-20 }
                  bestuur: 2026-03-25
                """).chapter("hoofdstukken/a.md", "# A\n\nx\n"));
        Block.Heading heading = headings(doc).stream().filter(h -> text(h.text()).equals("Totstandkoming van het plan"))
                .findFirst().orElseThrow();
        assertEquals(Block.Numbering.NUMBERED, heading.numbering());
        Block.Table table = all(doc, Block.Table.class).get(0);
        List<String> dates = table.rows().stream().map(r -> text(r.get(0))).toList();
        assertEquals(List.of("10 februari 2026", "20 februari 2026", "2 maart 2026", "20 maart 2026", "25 maart 2026",
                "zonder datum"), dates);
        assertEquals("Gemeente Lelystad", text(table.rows().get(5).get(2)));
        assertInstanceOf(Inline.Emphasis.class, table.rows().get(5).get(0).get(0), "undated rows are marked");
        assertEquals("Goedkeuring", text(table.rows().get(3).get(1)));
        assertTrue(all(doc, Block.Paragraph.class).stream().anyMatch(p ->
                text(p.content()).equals("Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030.")));
    }

    @Test
    void placesTheAdoptionStepsInThePlansOwnSectionInsteadOfAChapter() throws Exception {
        Document doc = build(new PlanFixture(dir).yaml("""
                vaststelling:
                  paragraaf: hoofdstukken/a.md#totstandkoming
                  opr-instemming: 2026-03-02
                  bestuur: 2026-03-25
                """).chapter("hoofdstukken/a.md", "# A\n\n## Totstandkoming\n\nWe spraken met ouders en scholen.\n\n"
                + "## Verder\n\ny\n"));
        assertTrue(headings(doc).stream().noneMatch(h -> text(h.text()).equals("Totstandkoming van het plan")));
        List<Block> blocks = doc.blocks();
        int section = indexOfHeading(blocks, "Totstandkoming");
        int next = indexOfHeading(blocks, "Verder");
        Block.Table table = all(doc, Block.Table.class).get(0);
        int at = blocks.indexOf(table);
        assertTrue(section < at && at < next, "the steps stand in the plan's own section, before the next heading");
        assertEquals(List.of("2 maart 2026", "25 maart 2026"), table.rows().stream().map(r -> text(r.get(0))).toList());
    }

    @Test
    void leavesTheAdoptionStepsOutWhenTheOwnSectionAlreadyHasATable() throws Exception {
        Document doc = build(new PlanFixture(dir).yaml("""
                vaststelling:
                  paragraaf: hoofdstukken/a.md#totstandkoming
                  bestuur: 2026-03-25
                """).chapter("hoofdstukken/a.md", "# A\n\n## Totstandkoming\n\n| Stap | Datum |\n|---|---|\n"
                + "| Vaststelling | 25 maart 2026 |\n"));
        assertTrue(headings(doc).stream().noneMatch(h -> text(h.text()).equals("Totstandkoming van het plan")));
        assertEquals(1, all(doc, Block.Table.class).size(), "only the author's own table");
    }

    private static int indexOfHeading(List<Block> blocks, String title) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && text(h.text()).equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no heading " + title);
    }

    @Test
    void generatesTheBudgetTableWithStatedTotals() throws Exception {
        Document doc = build(new PlanFixture(dir).yaml("""
                financien:
                  begroting:
                    - jaar: 2028
                      baten: [ { post: Rijksbijdrage, bedrag: 3300000 } ]
                      lasten: [ { post: Afdracht SO, bedrag: 1000000.5 } ]
                      totaal-baten: 3300000
                    - jaar: 2027
                      baten: [ { post: Rijksbijdrage, bedrag: 3200000 }, { post: Gemeente, bedrag: 50000 } ]
                      lasten: [ { post: Afdracht SO, bedrag: 6000000 } ]
                      totaal-baten: 3250000
                      totaal-lasten: 6000000
                """).chapter("hoofdstukken/a.md", "# A\n\nx\n"));
        assertTrue(headings(doc).stream().anyMatch(h -> text(h.text()).equals("Meerjarenbegroting")));
        Block.Table table = all(doc, Block.Table.class).stream().filter(t -> t.caption().contains("begroting"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Post", "2027", "2028"), table.header().get(0).stream().map(PlanDocumentBuilderTest::text).toList());
        assertEquals(List.of("left", "right", "right"), table.alignments());
        List<List<String>> rows = table.rows().stream().map(r -> r.stream().map(PlanDocumentBuilderTest::text).toList()).toList();
        assertEquals(List.of(
                List.of("Baten", "", ""),
                List.of("Rijksbijdrage", "3.200.000", "3.300.000"),
                List.of("Gemeente", "50.000", "–"),
                List.of("Totaal baten", "3.250.000", "3.300.000"),
                List.of("Lasten", "", ""),
                List.of("Afdracht SO", "6.000.000", "1.000.000,50"),
                List.of("Totaal lasten", "6.000.000", "–")), rows);
    }

    @Test
    void leavesOutTheBudgetChapterWithoutBudget() throws Exception {
        Document doc = build(new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n"));
        assertTrue(headings(doc).stream().noneMatch(h -> text(h.text()).equals("Meerjarenbegroting")));
    }

    @Test
    void addsTheGlossaryInAlphabeticalOrderAsAnAppendix() throws Exception {
        var terms = List.of(new GlossaryTerm("TLV", "Een besluit dat een kind naar speciaal onderwijs mag.",
                        List.of("toelaatbaarheidsverklaring")),
                new GlossaryTerm("OPR", "De raad die meepraat over het plan.", List.of()),
                new GlossaryTerm("basisondersteuning", "Hulp die elke school geeft.", List.of()));
        Document doc = builder.build(new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n").load(), List.of(), terms);
        Block.Heading heading = headings(doc).stream().filter(h -> text(h.text()).equals("Begrippenlijst")).findFirst().orElseThrow();
        assertEquals(Block.Numbering.APPENDIX, heading.numbering());
        Block.Table table = all(doc, Block.Table.class).get(all(doc, Block.Table.class).size() - 1);
        assertEquals(List.of("basisondersteuning", "OPR", "TLV"), table.rows().stream().map(r -> text(r.get(0))).toList());
        assertTrue(text(table.rows().get(2).get(1)).endsWith("Ook: toelaatbaarheidsverklaring."));
    }

    @Test
    void omitsTheGlossaryWhenThereAreNoTerms() throws Exception {
        Document doc = build(new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n"));
        assertTrue(headings(doc).stream().noneMatch(h -> h.numbering() == Block.Numbering.APPENDIX));
    }

    @Test
    void marksADraftAndAddsTheFindingsAppendixForUnwaivedErrors() throws Exception {
        Finding fout = new Finding("procedure.vaststelling", Severity.FOUT, new SourcePosition("plan.yaml", 4, 1),
                "De vaststelling door het bestuur heeft geen datum.", "Vul vaststelling.bestuur in.", null);
        Finding advies = new Finding("procedure.toezending-inspectie", Severity.ADVIES, SourcePosition.ofFile("plan.yaml"),
                "Geen datum van toezending.", "", null);
        Finding waived = new Finding("inhoud.doelen", Severity.FOUT, SourcePosition.ofFile("plan.yaml"), "Doelen.", "",
                "Volgt uit de monitor.");
        Document doc = builder.build(new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n").load(),
                List.of(advies, fout, waived), List.of());
        assertTrue(doc.meta().draft());
        Block.Heading heading = headings(doc).get(headings(doc).size() - 1);
        assertEquals("Bevindingen van de controle", text(heading.text()));
        assertEquals(Block.Numbering.APPENDIX, heading.numbering());
        Block.Table table = all(doc, Block.Table.class).get(all(doc, Block.Table.class).size() - 1);
        assertEquals(2, table.rows().size(), "the waived finding is left out");
        assertEquals("fout procedure.vaststelling plan.yaml:4:1", text(table.rows().get(0).get(0)));
        assertEquals("De vaststelling door het bestuur heeft geen datum. Vul vaststelling.bestuur in.",
                text(table.rows().get(0).get(1)));
        assertEquals("advies procedure.toezending-inspectie plan.yaml", text(table.rows().get(1).get(0)));
        assertTrue(all(doc, Block.Paragraph.class).stream().anyMatch(p -> text(p.content()).contains("vond 1 fout die nog niet is opgelost")));
    }

    @Test
    void aPlanWithOnlyWaivedErrorsOrWarningsIsNoDraft() throws Exception {
        Finding waived = new Finding("inhoud.doelen", Severity.FOUT, SourcePosition.ofFile("plan.yaml"), "Doelen.", "", "Reden.");
        Finding warning = new Finding("inhoud.geschillen", Severity.WAARSCHUWING, SourcePosition.ofFile("plan.yaml"), "G.", "", null);
        Document doc = builder.build(new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n").load(),
                List.of(waived, warning), List.of());
        assertFalse(doc.meta().draft());
        assertTrue(headings(doc).stream().noneMatch(h -> text(h.text()).equals("Bevindingen van de controle")));
    }

    @Test
    void coverMetaUsesTheAdoptionDateAsFixedTimestamp() throws Exception {
        Document doc = build(new PlanFixture(dir).yaml("vaststelling: { bestuur: 2026-04-17 }")
                .chapter("hoofdstukken/a.md", "# A\n\nx\n"));
        DocumentMeta meta = doc.meta();
        assertEquals("Ondersteuningsplan 2026–2030", meta.title());
        assertEquals("SWV Proefregio", meta.subtitle());
        assertEquals("SWV Proefregio", meta.author());
        assertEquals("nl-NL", meta.language());
        assertEquals("Vastgesteld op 17 april 2026", meta.status());
        assertEquals(Instant.parse("2026-04-17T00:00:00Z"), meta.timestamp());
        assertEquals(List.of("opmaat-versie", "periode", "vaststellingsdatum"), new ArrayList<>(meta.properties().keySet()));
        assertEquals("1 augustus 2026 – 31 juli 2030", meta.properties().get("periode"));
        assertEquals("2026-04-17", meta.properties().get("vaststellingsdatum"));
        assertEquals("1.2.3", meta.properties().get("opmaat-versie"));
    }

    @Test
    void withoutAdoptionTheTimestampComesFromSourceDateEpochOrTheFallback() throws Exception {
        PlanFixture fixture = new PlanFixture(dir).chapter("hoofdstukken/a.md", "# A\n\nx\n");
        var epoch = PlanDocumentBuilder.sourceDateEpoch("1767225600");
        Document withEpoch = new PlanDocumentBuilder(new DefaultTheme(), "dev", epoch).build(fixture.load(), List.of(), List.of());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), withEpoch.meta().timestamp());
        assertEquals("Nog niet vastgesteld", withEpoch.meta().status());
        assertFalse(withEpoch.meta().properties().containsKey("vaststellingsdatum"));
        Document without = build(fixture);
        assertEquals(PlanDocumentBuilder.FALLBACK_TIMESTAMP, without.meta().timestamp());
        assertEquals(Optional.empty(), PlanDocumentBuilder.sourceDateEpoch("gisteren"));
    }

    @Test
    void rendersMarkdownAnnexesUnderTheirPlanTitleAsAppendices() throws Exception {
        PlanFixture fixture = new PlanFixture(dir)
                .file("bijlagen/bijlage-1.md", "# Bijlage 1 Afkortingen\n\n## Lijst\n\n| Afkorting | Voluit |\n|---|---|\n| OPR | ondersteuningsplanraad |\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .file("bijlagen/kaart.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .yaml("""
                        bijlagen:
                          - { titel: Afkortingen, bestand: bijlagen/bijlage-1.md }
                          - { titel: Kaart, bestand: bijlagen/kaart.pdf }
                          - { titel: Niet bijgevoegd }
                        """)
                .chapter("hoofdstukken/a.md", "# A\n\nZie [de afkortingen](../bijlagen/bijlage-1.md).\n");
        Document doc = build(fixture);
        List<Block.Heading> appendices = headings(doc).stream().filter(h -> h.numbering() == Block.Numbering.APPENDIX).toList();
        assertEquals(List.of("Afkortingen", "Lijst", "Kaart"), appendices.stream().map(h -> text(h.text())).toList());
        assertEquals(List.of(1, 2, 1), appendices.stream().map(Block.Heading::level).toList());
        assertTrue(all(doc, Block.Paragraph.class).get(0).content()
                .contains(new Inline.Link("#" + appendices.get(0).id(), List.of(new Inline.Text("de afkortingen")))));
        assertTrue(all(doc, Block.Paragraph.class).stream().anyMatch(p -> text(p.content()).contains("bijlagen/kaart.pdf")));
    }

    @Test
    void anAnnexThatIsNotUtf8IsADutchError() throws Exception {
        PlanFixture fixture = new PlanFixture(dir)
                .file("bijlagen/oud.md", new byte[] {'#', ' ', 'C', (byte) 0xE9, 'l', '\n'})
                .yaml("bijlagen:\n  - { titel: Oud, bestand: bijlagen/oud.md }\n")
                .chapter("hoofdstukken/a.md", "# A\n\nx\n");
        PlanInputException e = assertThrows(PlanInputException.class, () -> build(fixture));
        assertEquals(SourcePosition.ofFile("bijlagen/oud.md"), e.problems().get(0).position());
        assertTrue(e.problems().get(0).message().contains("geen UTF-8"), e.problems().get(0).message());
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1F3A5F);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
