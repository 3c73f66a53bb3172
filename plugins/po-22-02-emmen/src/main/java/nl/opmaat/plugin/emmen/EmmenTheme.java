package nl.opmaat.plugin.emmen;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.BundledTheme;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV PO 22-02 (Emmen, Borger-Odoorn): burgundy, Liberation Sans, a logo of a dolmen. */
@Extension
public final class EmmenTheme extends BundledTheme implements ThemeProvider {

    static final String ID = "po-22-02-emmen";

    public EmmenTheme() {
        super(ID, "Huisstijl SWV PO 22-02 (Emmen en Borger-Odoorn)", new ThemeColours("7A1F3D", "F3DCE3", "1A1A1A"),
                new FontFamily("Liberation Sans", "SIL Open Font License 1.1 (fonts/LICENSE)", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                        "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
                "Logo van SWV PO 22-02: een hunebed van vier grijze stenen met een deksteen, op een wijnrode achtergrond.");
    }

    @Override
    public Theme theme() {
        return this;
    }

    @Override
    public List<String> swvCodes() {
        return List.of("PO 22-02");
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }
}
