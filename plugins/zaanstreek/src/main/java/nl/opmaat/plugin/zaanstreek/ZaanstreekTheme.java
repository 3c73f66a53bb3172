package nl.opmaat.plugin.zaanstreek;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.BundledTheme;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV PO Zaanstreek: green, DejaVu Sans Condensed, a logo of a windmill by the water. */
@Extension
public final class ZaanstreekTheme extends BundledTheme implements ThemeProvider {

    static final String ID = "zaanstreek";

    public ZaanstreekTheme() {
        super(ID, "Huisstijl SWV PO Zaanstreek", new ThemeColours("2E6B30", "DDEEDC", "1A1A1A"),
                new FontFamily("DejaVu Sans Condensed", "Bitstream Vera / DejaVu fonts licence (fonts/LICENSE)", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                        "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
                "Logo van SWV PO Zaanstreek: een groene molen met vier wieken naast blauw water.");
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
