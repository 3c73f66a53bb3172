package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/** A plugin's files pass the same gates as a plan's: its logo the image gate, its CSS no loading from elsewhere. */
class ThemeCheckGateTest {

    @Test
    void refusesALogoThatReachesOutAndCssThatLoadsFromElsewhere() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<image href=\"file:///etc/passwd\"/></svg>";
        List<String> problems = ThemeCheck.quick(theme(svg, "body { background: url('/etc/x.png') }\n@import 'x.css';"),
                DefaultTheme.ID);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("@import"), problems.get(0));
        assertTrue(problems.get(1).contains("/etc/x.png"), problems.get(1));
        assertTrue(problems.get(2).contains("verwijst naar file:///etc/passwd"), problems.get(2));
    }

    @Test
    void acceptsTheDefaultThemeAndDataUris() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
        assertEquals(List.of(), ThemeCheck.quick(theme(svg, "h1 { background: url(data:image/png;base64,AAAA) }"),
                DefaultTheme.ID));
    }

    private static Theme theme(String svg, String css) {
        DefaultTheme base = new DefaultTheme();
        return new Theme() {
            public String id() { return base.id(); }
            public String name() { return base.name(); }
            public String css() { return css; }
            public List<nl.opmaat.api.theme.ThemeFont> fonts() { return base.fonts(); }
            public String bodyFont() { return base.bodyFont(); }
            public String headingFont() { return base.headingFont(); }
            public nl.opmaat.api.theme.ThemeColours colours() { return base.colours(); }
            public Optional<ThemeLogo> logo() {
                return Optional.of(new ThemeLogo(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", "Logo"));
            }
        };
    }
}
