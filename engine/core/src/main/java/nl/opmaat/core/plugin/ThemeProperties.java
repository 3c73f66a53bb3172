package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.core.internal.Messages;

/**
 * Reads a plugin's {@code theme.properties} (UTF-8): the facts of its house style, so that a plugin needs no Java for
 * it. Only this small file is read while plugins load; CSS, logo and fonts stay in the plugin until a writer needs
 * them ({@link ResourceTheme}). Unknown keys are problems, so a typo does not silently drop a colour.
 */
public final class ThemeProperties {

    /** The file's name in the plugin (at the root of its jar, from {@code src/main/resources}). */
    public static final String FILE = "theme.properties";
    private static final Messages MESSAGES = Messages.forPackageOf(ThemeProperties.class);
    private static final List<String> REQUIRED = List.of("name", "colour.primary", "colour.accent", "colour.text",
            "font.family", "font.licence", "font.regular", "font.bold", "font.italic", "font.bold-italic");
    private static final Set<String> OPTIONAL = Set.of("swv.codes", "logo.alt", "logo.file");
    private static final String TERM = "term.";

    /**
     * What {@code theme.properties} gave.
     *
     * @param theme    the theme, when the file is complete
     * @param swvCodes the SWV codes of {@code swv.codes} (comma-separated in the file)
     * @param problems Dutch sentences naming the file and key; empty when all is well
     */
    public record Result(Optional<Theme> theme, List<String> swvCodes, List<String> problems) {
    }

    private ThemeProperties() {
    }

    /** Reads the theme of plugin {@code pluginId}; empty when the plugin has no {@code theme.properties}. */
    public static Optional<Result> read(String pluginId, PluginFiles files) throws IOException {
        Optional<byte[]> bytes = files.read(FILE);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(pluginId, new String(bytes.get(), StandardCharsets.UTF_8), files));
    }

    static Result parse(String pluginId, String text, PluginFiles files) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new Result(Optional.empty(), List.of(), List.of(MESSAGES.format("theme-file.unreadable", FILE, e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        Map<DocumentTerm, String> terms = new EnumMap<>(DocumentTerm.class);
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith(TERM)) {
                term(key, p.getProperty(key).strip(), terms, problems);
            } else if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                problems.add(MESSAGES.format("theme-file.unknown-key", FILE, key, String.join(", ", REQUIRED)));
            }
        }
        for (String key : REQUIRED) {
            if (p.getProperty(key, "").isBlank()) {
                problems.add(MESSAGES.format("theme-file.missing-key", FILE, key));
            }
        }
        List<String> codes = Arrays.stream(p.getProperty("swv.codes", "").split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), codes, problems);
        }
        ResourceTheme.FontFamily font = new ResourceTheme.FontFamily(get(p, "font.family"), get(p, "font.licence"),
                get(p, "font.regular"), get(p, "font.bold"), get(p, "font.italic"), get(p, "font.bold-italic"));
        ThemeColours colours = new ThemeColours(get(p, "colour.primary"), get(p, "colour.accent"), get(p, "colour.text"));
        String alt = p.getProperty("logo.alt", "").isBlank() ? null : get(p, "logo.alt");
        String logo = p.getProperty("logo.file", "").isBlank() ? "logo.svg" : get(p, "logo.file");
        return new Result(Optional.of(new ResourceTheme(pluginId, get(p, "name"), colours, font, logo, alt, terms, files)),
                codes, List.of());
    }

    private static void term(String key, String value, Map<DocumentTerm, String> terms, List<String> problems) {
        String name = key.substring(TERM.length()).toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            terms.put(DocumentTerm.valueOf(name), value);
        } catch (IllegalArgumentException e) {
            List<String> known = Arrays.stream(DocumentTerm.values())
                    .map(t -> TERM + t.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            problems.add(MESSAGES.format("theme-file.unknown-term", FILE, key, String.join(", ", known)));
        }
    }

    private static String get(Properties p, String key) {
        return p.getProperty(key).strip();
    }
}
