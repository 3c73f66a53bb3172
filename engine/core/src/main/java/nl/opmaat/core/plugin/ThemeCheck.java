package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.document.ImageGate;
import nl.opmaat.core.internal.Messages;

/**
 * Checks a {@link Theme} against what the writers rely on, in Dutch. The {@link #names} check runs while plugins load
 * (it reads no file of the theme); {@link #files} holds the CSS and logo to the plan's gates when a writer first uses
 * the theme ({@link GatedTheme}); the full check also opens every font, for the plugins' own tests.
 */
public final class ThemeCheck {

    /** WCAG AA for normal text. */
    static final double MIN_CONTRAST = 4.5;
    private static final Messages MESSAGES = Messages.forPackageOf(ThemeCheck.class);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}");

    private ThemeCheck() {
    }

    /** {@link #names} and {@link #files}: everything but opening the fonts. */
    public static List<String> quick(Theme theme, String pluginId) {
        List<String> problems = names(theme, pluginId);
        problems.addAll(files(theme));
        return problems;
    }

    /** Problems that need no file of the theme: names, fonts named, colours and contrast. */
    public static List<String> names(Theme theme, String pluginId) {
        List<String> problems = new ArrayList<>();
        if (!pluginId.equals(theme.id())) {
            problems.add(MESSAGES.format("theme.id", theme.id(), pluginId));
        }
        if (theme.name() == null || theme.name().isBlank()) {
            problems.add(MESSAGES.format("theme.name"));
        }
        List<ThemeFont> fonts = theme.fonts() == null ? List.of() : theme.fonts();
        if (fonts.isEmpty()) {
            problems.add(MESSAGES.format("theme.no-fonts"));
        }
        requireRegularFace(fonts, theme.bodyFont(), "bodyFont", problems);
        requireRegularFace(fonts, theme.headingFont(), "headingFont", problems);
        for (ThemeFont font : fonts) {
            if (font.licence() == null || font.licence().isBlank()) {
                problems.add(MESSAGES.format("theme.licence", font.family()));
            }
        }
        ThemeColours colours = theme.colours();
        checkColour("primary", colours == null ? null : colours.primary(), true, problems);
        checkColour("accent", colours == null ? null : colours.accent(), false, problems);
        checkColour("text", colours == null ? null : colours.text(), true, problems);
        return problems;
    }

    /** The CSS loads nothing from elsewhere and the logo passes the plan's image gate. */
    public static List<String> files(Theme theme) {
        List<String> problems = new ArrayList<>();
        checkCssReferences(theme.css(), problems);
        theme.logo().ifPresent(logo -> gateLogo(logo, problems));
        return problems;
    }

    /**
     * A plugin's files pass the same gates as a plan's: the logo goes through {@link ImageGate} (no external references,
     * scripts or DOCTYPE; within the pixel limit), and the CSS may load nothing from elsewhere.
     */
    private static void gateLogo(ThemeLogo logo, List<String> problems) {
        if (logo.data() == null || logo.data().length == 0) {
            return; // the full check names an empty logo
        }
        String name = ImageGate.SVG.equals(logo.mediaType()) ? "logo.svg" : "logo";
        try {
            ImageGate.inspect(logo.data(), name);
        } catch (ImageGate.Refusal refusal) {
            problems.add(refusal.message(name));
        }
    }

    private static void checkCssReferences(String css, List<String> problems) {
        if (css == null) {
            return;
        }
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import")) {
            problems.add(MESSAGES.format("theme.css-import"));
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String target = url.group(1).strip();
            if (!target.startsWith("#") && !target.regionMatches(true, 0, "data:", 0, 5)) {
                problems.add(MESSAGES.format("theme.css-url", target));
            }
        }
    }

    /** The quick problems plus: CSS present, every font opens as TrueType, the logo is a well-formed SVG or a PNG with alt text. */
    public static List<String> full(Theme theme, String pluginId) {
        List<String> problems = quick(theme, pluginId);
        String css = theme.css();
        if (css == null || css.isBlank()) {
            problems.add(MESSAGES.format("theme.css-empty"));
        }
        for (ThemeFont font : theme.fonts() == null ? List.<ThemeFont>of() : theme.fonts()) {
            String face = font.weight() + (font.italic() ? " cursief" : "");
            try (InputStream in = font.source().open()) {
                if (in == null || !isTrueType(in.readNBytes(4))) {
                    problems.add(MESSAGES.format("theme.font-not-ttf", font.family(), face));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(MESSAGES.format("theme.font-unreadable", font.family(), face, e.getMessage()));
            }
        }
        theme.logo().ifPresent(logo -> checkLogo(logo, problems));
        return problems;
    }

    private static void requireRegularFace(List<ThemeFont> fonts, String family, String role, List<String> problems) {
        boolean present = fonts.stream().anyMatch(f -> f.family().equals(family) && f.weight() == 400 && !f.italic());
        if (!present) {
            problems.add(MESSAGES.format("theme.font-missing", family, role));
        }
    }

    private static void checkColour(String role, String hex, boolean isText, List<String> problems) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            problems.add(MESSAGES.format("theme.colour", role, String.valueOf(hex)));
            return;
        }
        double contrast = contrastAgainstWhite(hex);
        if (isText && contrast < MIN_CONTRAST) {
            problems.add(MESSAGES.format("theme.contrast", role, hex.toUpperCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.2f", contrast)));
        }
    }

    /** The WCAG 2 contrast ratio of a six-digit hex colour against white. */
    static double contrastAgainstWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static boolean isTrueType(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        boolean version1 = head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0;
        boolean apple = head[0] == 't' && head[1] == 'r' && head[2] == 'u' && head[3] == 'e';
        return version1 || apple;
    }

    private static void checkLogo(ThemeLogo logo, List<String> problems) {
        if (logo.altText() == null || logo.altText().isBlank()) {
            problems.add(MESSAGES.format("theme.logo-alt"));
        }
        if (logo.data() == null || logo.data().length == 0) {
            problems.add(MESSAGES.format("theme.logo-empty"));
            return;
        }
        switch (String.valueOf(logo.mediaType())) {
            case "image/svg+xml" -> {
                // quick() already held it to the ImageGate: well-formed, an svg root, nothing external, no script.
            }
            case "image/png" -> {
                byte[] d = logo.data();
                if (d.length < 4 || (d[0] & 0xFF) != 0x89 || d[1] != 'P' || d[2] != 'N' || d[3] != 'G') {
                    problems.add(MESSAGES.format("theme.logo-png"));
                }
            }
            default -> problems.add(MESSAGES.format("theme.logo-type", logo.mediaType()));
        }
    }
}
