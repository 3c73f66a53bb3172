package nl.opmaat.api.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Theme} whose files ship beside the subclass in the plugin jar: {@code theme.css}, {@code logo.svg} and
 * {@code fonts/<file>.ttf}. A plugin's theme is then only its facts: a constructor call, no file handling of its own.
 */
public abstract class BundledTheme implements Theme {

    /**
     * One font family in four faces, as TrueType files under {@code fonts/}.
     *
     * @param licence the open licence the files are shipped under (with its text in {@code fonts/LICENSE})
     */
    public record FontFamily(String family, String licence, String regular, String bold, String italic,
                             String boldItalic) {
    }

    private final String id;
    private final String name;
    private final ThemeColours colours;
    private final FontFamily font;
    private final String logoAltText;

    /**
     * @param logoAltText Dutch alt text for {@code logo.svg}; {@code null} when the theme has no logo
     */
    protected BundledTheme(String id, String name, ThemeColours colours, FontFamily font, String logoAltText) {
        this.id = id;
        this.name = name;
        this.colours = colours;
        this.font = font;
        this.logoAltText = logoAltText;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String css() {
        return new String(resource("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(face(400, false, font.regular()), face(700, false, font.bold()), face(400, true, font.italic()),
                face(700, true, font.boldItalic()));
    }

    private ThemeFont face(int weight, boolean italic, String file) {
        return new ThemeFont(font.family(), weight, italic, font.licence(), () -> getClass().getResourceAsStream("fonts/" + file));
    }

    @Override
    public String bodyFont() {
        return font.family();
    }

    @Override
    public String headingFont() {
        return font.family();
    }

    @Override
    public ThemeColours colours() {
        return colours;
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return logoAltText == null ? Optional.empty()
                : Optional.of(new ThemeLogo(resource("logo.svg"), "image/svg+xml", logoAltText));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return Map.of();
    }

    /** A file beside the subclass; a missing one is a packaging bug of the plugin, reported with its name. */
    protected final byte[] resource(String file) {
        try (InputStream in = getClass().getResourceAsStream(file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(file + " is missing from the " + id + " plugin"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
