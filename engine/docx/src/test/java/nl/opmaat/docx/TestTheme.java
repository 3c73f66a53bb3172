package nl.opmaat.docx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;

/** A theme with values no writer could have hard-coded, to show that fonts, colours and words come from the theme. */
record TestTheme(String bodyFont, String headingFont, ThemeColours colours, Optional<ThemeLogo> logo,
                 Map<DocumentTerm, String> terms) implements Theme {

    static TestTheme distinctive() {
        return new TestTheme("Proef Sans & Co", "Proef Kop", new ThemeColours("123456", "ABCDEF", "202122"),
                Optional.of(new ThemeLogo(SampleDocuments.png(), "image/png", "Logo van het proefverband")),
                Map.of(DocumentTerm.INHOUDSOPGAVE, "Inhoud", DocumentTerm.BIJLAGE, "Annex"));
    }

    @Override
    public String id() {
        return "proef";
    }

    @Override
    public String name() {
        return "Proefhuisstijl";
    }

    @Override
    public String css() {
        return "";
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of();
    }
}
