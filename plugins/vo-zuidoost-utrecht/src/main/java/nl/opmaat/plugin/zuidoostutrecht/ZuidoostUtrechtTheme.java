package nl.opmaat.plugin.zuidoostutrecht;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.theme.BundledTheme;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV VO Zuidoost Utrecht: purple, Liberation Serif, a logo of wooded hills under a sun. */
@Extension
public final class ZuidoostUtrechtTheme extends BundledTheme implements ThemeProvider {

    static final String ID = "vo-zuidoost-utrecht";

    public ZuidoostUtrechtTheme() {
        super(ID, "Huisstijl SWV VO Zuidoost Utrecht", new ThemeColours("4B2E83", "E6E0F2", "1A1A1A"),
                new FontFamily("Liberation Serif", "SIL Open Font License 1.1 (fonts/LICENSE)", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
                "Logo van SWV VO Zuidoost Utrecht: twee paarse heuvels met een gele zon erboven.");
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
