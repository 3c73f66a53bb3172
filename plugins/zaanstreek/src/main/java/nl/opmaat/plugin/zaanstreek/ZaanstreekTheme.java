package nl.opmaat.plugin.zaanstreek;

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

/** The house style of SWV PO Zaanstreek: green, DejaVu Sans Condensed, a logo of a windmill by the water. */
@Extension
public final class ZaanstreekTheme implements ThemeProvider, Theme {

    static final String ID = "zaanstreek";
    private static final String FAMILY = "DejaVu Sans Condensed";
    private static final String LICENCE = "Bitstream Vera / DejaVu fonts licence (fonts/LICENSE)";

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
        return "Huisstijl SWV PO Zaanstreek";
    }

    @Override
    public String css() {
        return new String(resource("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(
                font(400, false, "DejaVuSansCondensed.ttf"),
                font(700, false, "DejaVuSansCondensed-Bold.ttf"),
                font(400, true, "DejaVuSansCondensed-Oblique.ttf"),
                font(700, true, "DejaVuSansCondensed-BoldOblique.ttf"));
    }

    private static ThemeFont font(int weight, boolean italic, String file) {
        return new ThemeFont(FAMILY, weight, italic, LICENCE, () -> ZaanstreekTheme.class.getResourceAsStream("fonts/" + file));
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
        return new ThemeColours("2E6B30", "DDEEDC", "1A1A1A");
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return Optional.of(new ThemeLogo(resource("logo.svg"), "image/svg+xml",
                "Logo van SWV PO Zaanstreek: een groene molen met vier wieken naast blauw water."));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of(DocumentTerm.BEGRIPPENLIJST, "Woorden en afkortingen");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ZaanstreekTheme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the zaanstreek plugin"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
