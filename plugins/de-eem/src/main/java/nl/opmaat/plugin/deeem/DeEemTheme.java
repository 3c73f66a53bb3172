package nl.opmaat.plugin.deeem;

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

/** The house style of SWV De Eem: teal like the river, DejaVu Serif, a logo of three waves. */
@Extension
public final class DeEemTheme implements ThemeProvider, Theme {

    static final String ID = "de-eem";
    private static final String FAMILY = "DejaVu Serif";
    private static final String LICENCE = "Bitstream Vera / DejaVu fonts licence (fonts/LICENSE)";

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
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Huisstijl SWV De Eem";
    }

    @Override
    public String css() {
        return new String(resource("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(
                font(400, false, "DejaVuSerif.ttf"),
                font(700, false, "DejaVuSerif-Bold.ttf"),
                font(400, true, "DejaVuSerif-Italic.ttf"),
                font(700, true, "DejaVuSerif-BoldItalic.ttf"));
    }

    private static ThemeFont font(int weight, boolean italic, String file) {
        return new ThemeFont(FAMILY, weight, italic, LICENCE, () -> DeEemTheme.class.getResourceAsStream("fonts/" + file));
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
        return new ThemeColours("0B5E55", "D5ECE8", "1B1B1B");
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return Optional.of(new ThemeLogo(resource("logo.svg"), "image/svg+xml",
                "Logo van SWV De Eem: drie golvende lijnen in groenblauw, als een rivier."));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }

    private static byte[] resource(String name) {
        try (InputStream in = DeEemTheme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the de-eem plugin"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
