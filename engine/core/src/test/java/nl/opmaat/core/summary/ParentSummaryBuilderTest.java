package nl.opmaat.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.JargonUse;
import nl.opmaat.core.readability.Sentence;
import nl.opmaat.core.readability.SentenceSplitter;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParentSummaryBuilderTest {

    private static final Messages MESSAGES = Messages.forPackageOf(ParentSummaryBuilder.class);

    @TempDir
    Path dir;

    private static ParentSummary build(LoadedPlan loaded, List<GlossaryTerm> glossary) throws PlanInputException {
        return new ParentSummaryBuilder(new DefaultTheme(), glossary, Optional.empty()).build(loaded);
    }

    private static List<String> sentences(ParentSummary summary) {
        return new SentenceSplitter().split(summary.text()).stream().map(Sentence::text).toList();
    }

    private static String text(ParentSummary summary) {
        return String.join(" ", sentences(summary));
    }

    @Test
    void showsTheThreeStepsAsANumberedListRightAfterTheirIntroduction() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.MINIMAL), List.of());
        List<nl.opmaat.core.document.Block> blocks = summary.document().blocks();
        int intro = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof nl.opmaat.core.document.Block.Paragraph p
                    && nl.opmaat.core.document.Inlines.plainText(p.content()).equals(MESSAGES.format("steps.intro"))) {
                intro = i;
            }
        }
        assertTrue(intro >= 0, "the steps' introduction");
        nl.opmaat.core.document.Block.ListBlock steps = (nl.opmaat.core.document.Block.ListBlock) blocks.get(intro + 1);
        assertTrue(steps.ordered(), "a numbered list, so every writer shows 1, 2, 3 and a screen reader reads a list");
        assertEquals(List.of(MESSAGES.format("steps.route.1"), MESSAGES.format("steps.route.2"),
                MESSAGES.format("steps.route.3")), steps.items().stream()
                .map(item -> nl.opmaat.core.document.Inlines.plainText(
                        ((nl.opmaat.core.document.Block.Paragraph) item.get(0)).content())).toList());
    }

    @Test
    void saysHonestlyWhatThePlanDoesNotGive() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.MINIMAL), List.of());
        List<String> sentences = sentences(summary);
        for (String key : List.of("intro.period.none", "who.gemeenten.none", "who.schools.none", "step1.basis.none",
                "tlv.none", "objection.none", "ask.swv", "disputes.none", "disputes.ask", "support.none",
                "support.none.ask", "contact.none", "contact.none.ask")) {
            assertTrue(sentences.contains(MESSAGES.format(key)), key + " missing from " + sentences);
        }
        String all = text(summary);
        assertFalse(all.contains("Het steunpunt heet"), "no steunpunt is invented");
        assertFalse(all.contains("weken"), "no objection or decision term is invented");
    }

    @Test
    void tellsThePlansFactsInFixedSentences() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of());
        List<String> sentences = sentences(summary);
        for (String expected : List.of(
                MESSAGES.format("intro.plan", "SWV Proefregio"),
                MESSAGES.format("intro.period", "1 augustus 2026", "31 juli 2030"),
                MESSAGES.format("who.gemeenten.list", 5),
                "Urk",
                MESSAGES.format("who.schools", 41),
                MESSAGES.format("who.boards", 2),
                MESSAGES.format("who.pupils", 9850),
                "Elke school heeft een intern begeleider.",
                "SBO De Brug",
                "Orthopedagoog.",
                "Jeugdarts",
                MESSAGES.format("tlv.term", 6),
                MESSAGES.format("tlv.back"),
                MESSAGES.format("objection.term", 6),
                MESSAGES.format("objection.committee", "Landelijke Bezwaaradviescommissie"),
                MESSAGES.format("disputes.where", "Landelijke Geschillencommissie passend onderwijs"),
                MESSAGES.format("support.name", "Steunpunt Proefregio"),
                MESSAGES.format("contact.phone", "036 000 00 01"),
                MESSAGES.format("contact.address", "Stationsplein 1, Almere"))) {
            assertTrue(sentences.contains(expected), expected + " missing from " + sentences);
        }
        assertEquals("Samen hebben ze ongeveer 9850 leerlingen.", MESSAGES.format("who.pupils", 9850));
        String all = text(summary);
        assertFalse(all.contains("Expertiseteam"), "only schools and classes are listed as places");
        assertFalse(all.contains("als dat kan"), "a long plan commitment is left out of the list");
    }

    @Test
    void writesEachAbbreviationOutAtItsFirstUse() throws Exception {
        String all = text(build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of()));
        for (String abbreviation : List.of("SOP", "OPP", "SBO", "SO", "TLV")) {
            java.util.regex.Matcher first = java.util.regex.Pattern.compile("\\b" + abbreviation + "\\b").matcher(all);
            assertTrue(first.find(), abbreviation + " missing");
            assertEquals("(" + abbreviation + ")", all.substring(first.start() - 1, first.end() + 1),
                    abbreviation + " is first used without being written out: " + all);
        }
    }

    @Test
    void saysOnderMeerOnlyWhenTheListLeavesSomethingOut() throws Exception {
        List<String> sentences = sentences(build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of()));
        // One of the two afspraken is too long for parents: "onder meer". The one school is all there is: no "onder meer".
        assertTrue(sentences.contains(MESSAGES.format("step1.afspraken.some", 1)), sentences.toString());
        assertTrue(sentences.contains(MESSAGES.format("step3.places", 1)), sentences.toString());
        assertFalse(MESSAGES.format("step3.places", 1).contains("onder meer"));
    }

    @Test
    void explainsEveryJargonTermWhereItFirstAppears() throws Exception {
        SummaryFixture.parentText(dir, "01-eigen.md", """
                # Onze Kernklas

                Uw kind kan ook naar de Kernklas. Daar leert het de taal.

                Heeft uw kind een OPP? Dan praat u daar ook over.
                """);
        GlossaryTerm kernklas = new GlossaryTerm("Kernklas", "De Kernklas is een klas voor kinderen die net in Nederland zijn.",
                List.of());
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of(kernklas));
        JargonDetector detector = JargonDetector.withBuiltIn(List.of(kernklas));
        List<JargonUse> uses = detector.firstUses(new SentenceSplitter().split(summary.text()));
        assertEquals(List.of(), uses.stream().filter(u -> !u.explained()).map(JargonUse::written).toList());
        List<String> terms = uses.stream().map(u -> u.term().term()).toList();
        assertTrue(terms.containsAll(List.of("samenwerkingsverband", "ondersteuningsplan", "basisondersteuning", "SOP",
                "arrangement", "OPP", "SBO", "SO", "TLV", "dekkend netwerk", "orthopedagoog", "bezwaaradviescommissie",
                "geschillencommissie", "ouder- en jeugdsteunpunt", "intern begeleider", "Kernklas")), terms.toString());
        // The plugin's term is explained just before the authored text that uses it: the explanation is its first use.
        JargonUse first = uses.stream().filter(u -> u.term().equals(kernklas)).findFirst().orElseThrow();
        assertEquals(kernklas.explanation(), first.sentence().text());
        // Each term is explained once: the built-in OPP explanation is not repeated before the authored text.
        long oppExplanations = sentences(summary).stream()
                .filter(s -> s.equals(detector.find("OPP").orElseThrow().explanation())).count();
        assertTrue(oppExplanations <= 1);
    }

    @Test
    void placesTheSwvsOwnTextsInFileOrderWithTheirPositions() throws Exception {
        SummaryFixture.parentText(dir, "02-tweede.md", "# Tweede\n\nDit komt als tweede.\n");
        SummaryFixture.parentText(dir, "01-eerste.md", "<!-- voor de redactie -->\n# Eerste\n\nDit komt eerst. En "
                + "*dit* ook.\n\n## Dieper\n\n- Een punt.\n");
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of());
        List<Sentence> sentences = new SentenceSplitter().split(summary.text());
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        int first = texts.indexOf("Eerste");
        int second = texts.indexOf("Tweede");
        assertTrue(first > 0 && second > first, texts.toString());
        assertTrue(texts.indexOf(MESSAGES.format("own.heading")) < first);
        assertEquals("ouders/01-eerste.md:2:3", sentences.get(first).position().toString());
        assertEquals("ouders/01-eerste.md:4:17", sentences.get(texts.indexOf("En dit ook.")).position().toString());
        assertEquals("ouders/01-eerste.md:8:3", sentences.get(texts.indexOf("Een punt.")).position().toString());
        assertEquals("ouders/02-tweede.md:3:1", sentences.get(texts.indexOf("Dit komt als tweede.")).position().toString());
        List<Integer> levels = summary.document().blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level()).toList();
        assertEquals(2, levels.get(0), "sections start at level 2, so the writers do not break pages at each");
        assertTrue(levels.stream().allMatch(l -> l >= 2 && l <= 4), levels.toString());
        assertFalse(text(summary).contains("redactie"), "HTML comments are not text");
    }

    @Test
    void pointsGeneratedSentencesAtTheirFactInPlanYaml() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of());
        Sentence name = new SentenceSplitter().split(summary.text()).stream()
                .filter(s -> s.text().startsWith("Het steunpunt heet")).findFirst().orElseThrow();
        assertEquals("plan.yaml", name.position().file());
        assertTrue(name.position().line() > 20, name.position().toString());
    }

    @Test
    void refusesTablesAndImagesInParentTextsWithTheirPosition() throws Exception {
        SummaryFixture.parentText(dir, "01-tabel.md", "# Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![logo](logo.png)\n");
        LoadedPlan loaded = SummaryFixture.plan(dir, SummaryFixture.COMPLETE);
        PlanInputException e = assertThrows(PlanInputException.class, () -> build(loaded, List.of()));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals("ouders/01-tabel.md:3:1", e.problems().get(0).position().toString());
        assertTrue(e.problems().get(0).message().contains("een tabel"), e.problems().get(0).message());
        assertEquals("ouders/01-tabel.md:7:1", e.problems().get(1).position().toString());
        assertTrue(e.problems().get(1).message().contains("een afbeelding"));
        assertFalse(e.problems().get(0).hint().isEmpty());
    }

    @Test
    void refusesAParentTextThatIsNotUtf8() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("ouders"));
        java.nio.file.Files.write(dir.resolve("ouders/01.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        LoadedPlan loaded = SummaryFixture.plan(dir, SummaryFixture.COMPLETE);
        PlanInputException e = assertThrows(PlanInputException.class, () -> build(loaded, List.of()));
        assertEquals(MESSAGES.format("ouders.not-utf8", "ouders/01.md"), e.problems().get(0).message());
    }

    @Test
    void theSameInputGivesTheSameDocumentWithAFixedDate() throws Exception {
        LoadedPlan loaded = SummaryFixture.plan(dir, SummaryFixture.COMPLETE);
        Document a = build(loaded, List.of()).document();
        Document b = build(loaded, List.of()).document();
        assertEquals(a, b);
        assertEquals(Instant.parse("2026-04-17T00:00:00Z"), a.meta().timestamp());
        assertEquals("nl-NL", a.meta().language());
        assertEquals(MESSAGES.format("meta.title"), a.meta().title());
        assertTrue(a.meta().status().contains("17 april 2026"), a.meta().status());
        assertFalse(a.meta().draft());

        LoadedPlan unadopted = SummaryFixture.plan(dir, SummaryFixture.MINIMAL);
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        assertEquals(epoch, new ParentSummaryBuilder(new DefaultTheme(), List.of(), Optional.of(epoch)).build(unadopted)
                .document().meta().timestamp());
        assertEquals(ParentSummaryBuilder.FALLBACK_TIMESTAMP, build(unadopted, List.of()).document().meta().timestamp());
    }

    @Test
    void putsTheContactLinesWithTheirLeadInInOneBoxHeadedByTheQuestion() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of());
        List<Block.Aside> boxes = Blocks.flatten(summary.document().blocks()).filter(Block.Aside.class::isInstance)
                .map(Block.Aside.class::cast).toList();
        assertEquals(1, boxes.size(), "one contact box");
        Block.Aside box = boxes.get(0);
        assertEquals(MESSAGES.format("contact.heading"), Inlines.plainText(box.heading().text()));
        assertEquals(2, box.heading().level(), "a section heading, like the others");
        String inside = String.join("\n", Blocks.flatten(box.content()).filter(Block.Paragraph.class::isInstance)
                .map(b -> Inlines.plainText(((Block.Paragraph) b).content())).toList());
        int at = -1;
        for (String expected : List.of(MESSAGES.format("contact.teacher"), MESSAGES.format("contact.swv"),
                MESSAGES.format("contact.address", "Stationsplein 1, Almere"), MESSAGES.format("contact.phone", "036 000 00 00"),
                MESSAGES.format("contact.email", "info@proef.example"), MESSAGES.format("contact.website", "https://proef.example"))) {
            int found = inside.indexOf(expected, at + 1);
            assertTrue(found > at, "in the box, in this order: " + expected + "\n" + inside);
            at = found;
        }
        assertTrue(summary.document().blocks().contains(box), "the box is a section of the summary, not nested");
        List<String> sentences = sentences(summary);
        assertTrue(sentences.contains(MESSAGES.format("contact.heading")), "the readability check reads the box's heading");
        assertTrue(sentences.contains("Website: https://proef.example"), "and its lines: " + sentences);
    }

    @Test
    void aPlanWithoutContactsStillGetsTheBoxSayingSo() throws Exception {
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.MINIMAL), List.of());
        Block.Aside box = Blocks.flatten(summary.document().blocks()).filter(Block.Aside.class::isInstance)
                .map(Block.Aside.class::cast).findFirst().orElseThrow();
        String text = Blocks.flatten(box.content()).filter(Block.Paragraph.class::isInstance)
                .map(b -> Inlines.plainText(((Block.Paragraph) b).content())).reduce("", String::concat);
        assertTrue(text.contains(MESSAGES.format("contact.none")), text);
    }

    @Test
    void everyHeadingHasAUniqueId() throws Exception {
        SummaryFixture.parentText(dir, "01.md", "# Wie helpt u?\n\nDe school.\n");
        ParentSummary summary = build(SummaryFixture.plan(dir, SummaryFixture.COMPLETE), List.of());
        List<String> ids = Blocks.headings(summary.document().blocks()).stream().map(Block.Heading::id).toList();
        assertTrue(ids.stream().allMatch(id -> id != null && id.length() <= 40 && Character.isLetter(id.charAt(0))), ids.toString());
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    }
}
