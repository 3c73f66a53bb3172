package nl.opmaat.core.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;

/**
 * The neutral built-in theme, used when no plugin serves the plan's SWV: DejaVu Sans (shipped in
 * jasperreports-fonts under the Bitstream Vera licence), dark blue headings, no logo.
 */
public final class DefaultTheme implements Theme {

    public static final String ID = "standaard";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";
    private static final String LICENCE = "Bitstream Vera / DejaVu fonts licence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Standaard opmaak van opmaat";
    }

    @Override
    public String css() {
        try (InputStream in = DefaultTheme.class.getResourceAsStream("default-theme.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The default theme CSS is missing from the engine", e);
        }
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(
                font(400, false, "DejaVuSans.ttf"),
                font(700, false, "DejaVuSans-Bold.ttf"),
                font(400, true, "DejaVuSans-Oblique.ttf"),
                font(700, true, "DejaVuSans-BoldOblique.ttf"));
    }

    private static ThemeFont font(int weight, boolean italic, String file) {
        return new ThemeFont(FAMILY, weight, italic, LICENCE, () -> DefaultTheme.class.getResourceAsStream(FONTS + file));
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
        return new ThemeColours("1F3A5F", "D9E2EC", "1A1A1A");
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return Optional.empty();
    }
}
