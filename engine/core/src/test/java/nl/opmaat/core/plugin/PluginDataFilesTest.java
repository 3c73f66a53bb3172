package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/** A plugin's theme.properties and glossary.yaml: read into a theme and terms, or Dutch problems with key or line. */
class PluginDataFilesTest {

    /** A complete theme.properties (also used by {@code CheckReadsNoThemeFilesTest}). */
    static final String THEME = """
            name=Huisstijl SWV Proefregio
            swv.codes=PO 99-01, po 99-02
            colour.primary=1F4E79
            colour.accent=DDEBF7
            colour.text=1A1A1A
            font.family=DejaVu Sans
            font.licence=Bitstream Vera
            font.regular=a.ttf
            font.bold=b.ttf
            font.italic=c.ttf
            font.bold-italic=d.ttf
            logo.alt=Logo van SWV Proefregio: een boom.
            term.begrippenlijst=Woorden en afkortingen
            """;

    private static PluginFiles files(Map<String, String> files) {
        return name -> Optional.ofNullable(files.get(name)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCompleteThemeFileGivesTheThemeItsCodesAndItsFilesOnlyWhenAsked() {
        ThemeProperties.Result result = ThemeProperties.parse("proef", THEME,
                files(Map.of("theme.css", "body { color: #1A1A1A; }", "logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("PO 99-01", "po 99-02"), result.swvCodes());
        Theme theme = result.theme().orElseThrow();
        assertEquals("proef", theme.id());
        assertEquals("DejaVu Sans", theme.bodyFont());
        assertEquals("1F4E79", theme.colours().primary());
        assertEquals("Woorden en afkortingen", theme.term(DocumentTerm.BEGRIPPENLIJST));
        assertEquals("body { color: #1A1A1A; }", theme.css());
        assertEquals("Logo van SWV Proefregio: een boom.", theme.logo().orElseThrow().altText());
        assertEquals(List.of(), ThemeCheck.names(theme, "proef"));
    }

    @Test
    void aMistypedKeyAndAMissingKeyAreNamed() {
        String text = THEME.replace("colour.accent", "color.accent");
        ThemeProperties.Result result = ThemeProperties.parse("proef", text, files(Map.of()));
        assertTrue(result.theme().isEmpty());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("onbekende sleutel color.accent")), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("mist de sleutel colour.accent")), result.problems().toString());
    }

    @Test
    void anUnknownDocumentWordIsNamedWithTheKnownOnes() {
        ThemeProperties.Result result = ThemeProperties.parse("proef", THEME + "term.inhoud=Inhoud\n", files(Map.of()));
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("term.inhoud") && p.contains("term.inhoudsopgave")),
                result.problems().toString());
    }

    @Test
    void aGlossaryFileGivesTermsInItsOrder() {
        GlossaryFile.Result result = GlossaryFile.parse("""
                begrippen:
                  - begrip: TLV
                    uitleg: Een TLV is een besluit.
                    varianten: [toelaatbaarheidsverklaring]
                  - begrip: OPP
                    uitleg: Een OPP is een plan.
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("TLV", "OPP"), result.terms().stream().map(t -> t.term()).toList());
        assertEquals(List.of("toelaatbaarheidsverklaring"), result.terms().get(0).variants());
    }

    @Test
    void aGlossaryProblemNamesFileAndLine() {
        GlossaryFile.Result result = GlossaryFile.parse("""
                begrippen:
                  - begrip: TLV
                    uitleg: Een TLV is een besluit.
                  - begrip: OPP
                    uitlg: Een OPP is een plan.
                """);
        assertTrue(result.terms().isEmpty());
        assertTrue(result.problems().contains("glossary.yaml, regel 5: onbekende sleutel uitlg; gebruik begrip, uitleg en varianten."),
                result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("glossary.yaml, regel 4: de sleutel uitleg ontbreekt")),
                result.problems().toString());
    }

    @Test
    void aThemeWhoseLogoFailsTheGateFallsBackToTheDefaultThemeWithANote() {
        Theme theme = ThemeProperties.parse("proef", THEME, files(Map.of("theme.css", "body { }",
                "logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><image href='https://example.org/x.png'/></svg>")))
                .theme().orElseThrow();
        GatedTheme gated = new GatedTheme(theme);
        assertEquals(DefaultTheme.ID, gated.id());
        assertTrue(gated.fallbackNote().orElseThrow().contains("de huisstijl van plugin proef is niet bruikbaar"),
                gated.fallbackNote().toString());
        PluginSelection selection = new PluginSelection(Optional.of("proef"), gated, List.of(), Optional.empty());
        assertTrue(selection.note().isEmpty(), "a check's note reads no theme file");
        assertTrue(selection.renderNote().isPresent());
    }

    @Test
    void aThemeWhoseFilesPassIsUsedAsItIs() {
        Theme theme = ThemeProperties.parse("proef", THEME, files(Map.of("theme.css", "body { }",
                "logo.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"))).theme().orElseThrow();
        GatedTheme gated = new GatedTheme(theme);
        assertEquals("proef", gated.id());
        assertEquals(Optional.empty(), gated.fallbackNote());
    }
}
