package nl.opmaat.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.opmaat.api.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a finding is about, without its line: the pointer with list items named, or the Markdown section. */
class SemanticKeyTest {

    private static final String PLAN = """
            swv:
              naam: SWV Test
            vaststelling:
              oogo:
                - { gemeente: Emmen, datum: 2026-03-01 }
                - gemeente: Borger-Odoorn
                  datum: 2026-03-02
            doelen:
              - titel: Thuiszitters terug naar school
                meetbaar: ja
            gemeenten: [Emmen, Borger-Odoorn]
            """;

    @Test
    void yamlFindingsAreKeyedByPointerWithListItemsNamed(@TempDir Path dir) throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), PLAN);
        SemanticKey keys = new SemanticKey();
        assertEquals("/vaststelling/oogo[gemeente=Borger-Odoorn]/datum", keys.of(at(plan, 7, 7)));
        assertEquals("/vaststelling/oogo[gemeente=Borger-Odoorn]", keys.of(at(plan, 6, 7)),
                "the item and its first key start here: the item");
        assertEquals("/doelen[titel=Thuiszitters terug naar school]/meetbaar", keys.of(at(plan, 10, 5)));
        assertEquals("/gemeenten[Borger-Odoorn]", keys.of(at(plan, 11, 20)));
        assertEquals("/vaststelling", keys.of(at(plan, 3, 1)));
        assertEquals("", keys.of(at(plan, 0, 0)), "a finding about the whole file");
    }

    @Test
    void markdownFindingsAreKeyedBySection(@TempDir Path dir) throws Exception {
        Path chapter = Files.writeString(dir.resolve("h.md"), """
                # Toelaatbaarheid
                Tekst.
                ```
                # geen kop
                ```
                ## Bezwaar en beroep
                Meer tekst.
                """);
        SemanticKey keys = new SemanticKey();
        assertEquals("#toelaatbaarheid", keys.of(at(chapter, 4, 1)), "a # in a code block is no heading");
        assertEquals("#bezwaar-en-beroep", keys.of(at(chapter, 7, 1)));
    }

    private static ReportEntry at(Path file, int line, int column) {
        return new ReportEntry("r", Severity.FOUT, file.toString(), line, column, "m", "", null);
    }
}
