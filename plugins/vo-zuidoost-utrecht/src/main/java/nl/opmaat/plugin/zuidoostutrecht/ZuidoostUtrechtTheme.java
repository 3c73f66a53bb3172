package nl.opmaat.plugin.zuidoostutrecht;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.api.theme.ThemeProvider;
import org.pf4j.Extension;

/** The house style of SWV VO Zuidoost Utrecht: purple, Liberation Serif, a logo of wooded hills under a sun. */
@Extension
public final class ZuidoostUtrechtTheme implements ThemeProvider, Theme {

    static final String ID = "vo-zuidoost-utrecht";
    private static final String FAMILY = "Liberation Serif";
    private static final String LICENCE = "SIL Open Font License 1.1 (fonts/LICENSE)";

    @Override
    public Theme theme() {
        return this;
    }

    @Override
    public List<String> swvCodes() {
        return List.of();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Huisstijl SWV VO Zuidoost Utrecht";
    }

    @Override
    public String css() {
        return new String(resource("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(
                font(400, false, "LiberationSerif-Regular.ttf"),
                font(700, false, "LiberationSerif-Bold.ttf"),
                font(400, true, "LiberationSerif-Italic.ttf"),
                font(700, true, "LiberationSerif-BoldItalic.ttf"));
    }

    private static ThemeFont font(int weight, boolean italic, String file) {
        return new ThemeFont(FAMILY, weight, italic, LICENCE, () -> ZuidoostUtrechtTheme.class.getResourceAsStream("fonts/" + file));
    }

    @Override
    public String bodyFont() {
        return FAMILY;
    }

    @Override
    public String headingFont() {
        return FAMILY;
    }

    @Override
    public ThemeColours colours() {
        return new ThemeColours("4B2E83", "E6E0F2", "1A1A1A");
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return Optional.of(new ThemeLogo(resource("logo.svg"), "image/svg+xml",
                "Logo van SWV VO Zuidoost Utrecht: twee paarse heuvels met een gele zon erboven."));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ZuidoostUtrechtTheme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the vo-zuidoost-utrecht plugin"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
