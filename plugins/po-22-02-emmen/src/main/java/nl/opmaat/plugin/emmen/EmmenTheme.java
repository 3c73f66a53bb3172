package nl.opmaat.plugin.emmen;

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

/** The house style of SWV PO 22-02 (Emmen, Borger-Odoorn): burgundy, Liberation Sans, a logo of a dolmen. */
@Extension
public final class EmmenTheme implements ThemeProvider, Theme {

    static final String ID = "po-22-02-emmen";
    private static final String FAMILY = "Liberation Sans";
    private static final String LICENCE = "SIL Open Font License 1.1 (fonts/LICENSE)";

    @Override
    public Theme theme() {
        return this;
    }

    @Override
    public List<String> swvCodes() {
        return List.of("PO 22-02");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Huisstijl SWV PO 22-02 (Emmen en Borger-Odoorn)";
    }

    @Override
    public String css() {
        return new String(resource("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(
                font(400, false, "LiberationSans-Regular.ttf"),
                font(700, false, "LiberationSans-Bold.ttf"),
                font(400, true, "LiberationSans-Italic.ttf"),
                font(700, true, "LiberationSans-BoldItalic.ttf"));
    }

    private static ThemeFont font(int weight, boolean italic, String file) {
        return new ThemeFont(FAMILY, weight, italic, LICENCE, () -> EmmenTheme.class.getResourceAsStream("fonts/" + file));
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
        return new ThemeColours("7A1F3D", "F3DCE3", "1A1A1A");
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return Optional.of(new ThemeLogo(resource("logo.svg"), "image/svg+xml",
                "Logo van SWV PO 22-02: een hunebed van vier grijze stenen met een deksteen, op een wijnrode achtergrond."));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }

    private static byte[] resource(String name) {
        try (InputStream in = EmmenTheme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the po-22-02-emmen plugin"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
