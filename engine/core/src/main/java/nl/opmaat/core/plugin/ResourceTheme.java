package nl.opmaat.core.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/**
 * A plugin's house style made of files only: the facts from {@code theme.properties} (read by
 * {@link ThemeProperties}), and {@code theme.css}, {@code logo.svg} and {@code fonts/*.ttf} read from the plugin
 * when a writer asks for them, never before.
 */
final class ResourceTheme implements Theme {

    /** One font family in four faces, as TrueType files under {@code fonts/}. */
    record FontFamily(String family, String licence, String regular, String bold, String italic, String boldItalic) {
    }

    private final String id;
    private final String name;
    private final ThemeColours colours;
    private final FontFamily font;
    private final String logoFile;
    private final String logoAltText;
    private final Map<DocumentTerm, String> terms;
    private final PluginFiles files;

    /** @param logoAltText Dutch alt text for the logo; {@code null} when the theme has no logo */
    ResourceTheme(String id, String name, ThemeColours colours, FontFamily font, String logoFile, String logoAltText,
                  Map<DocumentTerm, String> terms, PluginFiles files) {
        this.id = id;
        this.name = name;
        this.colours = colours;
        this.font = font;
        this.logoFile = logoFile;
        this.logoAltText = logoAltText;
        this.terms = Map.copyOf(terms);
        this.files = files;
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
        return new String(file("theme.css"), StandardCharsets.UTF_8);
    }

    @Override
    public List<ThemeFont> fonts() {
        return List.of(face(400, false, font.regular()), face(700, false, font.bold()), face(400, true, font.italic()),
                face(700, true, font.boldItalic()));
    }

    private ThemeFont face(int weight, boolean italic, String file) {
        return new ThemeFont(font.family(), weight, italic, font.licence(),
                () -> files.read("fonts/" + file).map(ByteArrayInputStream::new).orElse(null));
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
        if (logoAltText == null) {
            return Optional.empty();
        }
        String type = logoFile.endsWith(".png") ? "image/png" : "image/svg+xml";
        return Optional.of(new ThemeLogo(file(logoFile), type, logoAltText));
    }

    @Override
    public Map<DocumentTerm, String> terms() {
        return terms;
    }

    /** A file of the plugin; a missing one is a packaging bug of the plugin, reported with its name. */
    private byte[] file(String name) {
        try {
            return files.read(name).orElseThrow(() -> new IOException(name + " ontbreekt in plugin " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
