package nl.opmaat.plugin.onderwijsdatpast;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.BundledTheme;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV Onderwijs dat Past (Maassluis, Vlaardingen, Schiedam): orange-brown, DejaVu Serif Condensed, a logo of three houses. */
@Extension
public final class OnderwijsDatPastTheme extends BundledTheme implements ThemeProvider {

    static final String ID = "onderwijs-dat-past";

    public OnderwijsDatPastTheme() {
        super(ID, "Huisstijl SWV Onderwijs dat Past", new ThemeColours("A34700", "FBE3CF", "1A1A1A"),
                new FontFamily("DejaVu Serif Condensed", "Bitstream Vera / DejaVu fonts licence (fonts/LICENSE)", "DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                        "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
                "Logo van SWV Onderwijs dat Past: drie huisjes naast elkaar, voor Maassluis, Vlaardingen en Schiedam.");
    }

    @Override
    public Theme theme() {
        return this;
    }

    @Override
    public List<String> swvCodes() {
        return List.of();
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }
}
