package nl.opmaat.pdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.theme.DefaultTheme;

/** Variations on the default theme for one concern each. */
final class TestThemes {

    private TestThemes() {
    }

    /** The default theme with extra CSS, a logo, other fonts or other words. */
    static Theme with(String extraCss, ThemeLogo logo, List<ThemeFont> fonts, Map<DocumentTerm, String> terms) {
        Theme base = new DefaultTheme();
        return new Theme() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String name() {
                return "Testhuisstijl";
            }

            @Override
            public String css() {
                return base.css() + "\n" + extraCss;
            }

            @Override
            public List<ThemeFont> fonts() {
                return fonts == null ? base.fonts() : fonts;
            }

            @Override
            public String bodyFont() {
                return base.bodyFont();
            }

            @Override
            public String headingFont() {
                return base.headingFont();
            }

            @Override
            public ThemeColours colours() {
                return base.colours();
            }

            @Override
            public Optional<ThemeLogo> logo() {
                return Optional.ofNullable(logo);
            }

            @Override
            public Map<DocumentTerm, String> terms() {
                return terms;
            }
        };
    }

    static Theme css(String extraCss) {
        return with(extraCss, null, null, Map.of());
    }
}
