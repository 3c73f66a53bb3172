package nl.opmaat.core.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeColours;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.api.theme.ThemeLogo;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.theme.DefaultTheme;

/**
 * A plugin's theme whose files (CSS, logo) pass {@link ThemeCheck#files} on first use, not while plugins load: a check
 * never needs the house style, so it reads no theme file and loads no image parser. A theme whose files fail the gate
 * is replaced by the {@link DefaultTheme}, and {@link #fallbackNote()} says why.
 */
final class GatedTheme implements Theme {

    private static final Messages MESSAGES = Messages.forPackageOf(GatedTheme.class);
    private final Theme theme;
    private List<String> problems;

    GatedTheme(Theme theme) {
        this.theme = theme;
    }

    /** Problems of the theme's files, found once on first call; empty when the files pass. */
    synchronized List<String> fileProblems() {
        if (problems == null) {
            List<String> found;
            try {
                found = ThemeCheck.files(theme);
            } catch (RuntimeException | LinkageError e) {
                found = List.of(MESSAGES.format("plugin.extension-failed", theme.getClass().getName(), PluginLoader.reason(e)));
            }
            problems = List.copyOf(found);
        }
        return problems;
    }

    /** Why the default theme serves instead of this one; empty when the theme's files pass. */
    Optional<String> fallbackNote() {
        List<String> found = fileProblems();
        return found.isEmpty() ? Optional.empty()
                : Optional.of(MESSAGES.format("note.theme-files", theme.id(), String.join(" ", found)));
    }

    private Theme usable() {
        return fileProblems().isEmpty() ? theme : new DefaultTheme();
    }

    @Override
    public String id() {
        return usable().id();
    }

    @Override
    public String name() {
        return usable().name();
    }

    @Override
    public String css() {
        return usable().css();
    }

    @Override
    public List<ThemeFont> fonts() {
        return usable().fonts();
    }

    @Override
    public String bodyFont() {
        return usable().bodyFont();
    }

    @Override
    public String headingFont() {
        return usable().headingFont();
    }

    @Override
    public ThemeColours colours() {
        return usable().colours();
    }

    @Override
    public Optional<ThemeLogo> logo() {
        return usable().logo();
    }

    @Override
    public Map<nl.opmaat.api.theme.DocumentTerm, String> terms() {
        return usable().terms();
    }
}
