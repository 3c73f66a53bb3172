package nl.opmaat.plugin.deeem;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.BundledTheme;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV De Eem: teal like the river, DejaVu Serif, a logo of three waves. */
@Extension
public final class DeEemTheme extends BundledTheme implements ThemeProvider {

    static final String ID = "de-eem";

    public DeEemTheme() {
        super(ID, "Huisstijl SWV De Eem", new ThemeColours("0B5E55", "D5ECE8", "1B1B1B"),
                new FontFamily("DejaVu Serif", "Bitstream Vera / DejaVu fonts licence (fonts/LICENSE)", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
                "Logo van SWV De Eem: drie golvende lijnen in groenblauw, als een rivier.");
    }

    @Override
    public Theme theme() {
        return this;
    }

    /** The plan gives no registry code, so plans choose this theme with {@code swv.plugin: de-eem}. */
    @Override
    public List<String> swvCodes() {
        return List.of();
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }
}
