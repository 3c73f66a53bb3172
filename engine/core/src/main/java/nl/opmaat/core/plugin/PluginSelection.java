package nl.opmaat.core.plugin;

import java.util.List;
import java.util.Optional;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.theme.DefaultTheme;

/**
 * What serves one plan: the plugin (whose rules run on it), the theme and glossary renderers use, and a Dutch note when
 * opmaat fell back to the built-in default theme. The note is information, never a finding.
 *
 * @param plugin   the id of the serving plugin; empty when none serves the plan
 * @param theme    the plugin's theme, or {@link DefaultTheme}
 * @param glossary the plugin's glossary terms; empty without a plugin
 * @param note     why the default theme is used; empty when the plugin's own theme is
 */
public record PluginSelection(Optional<String> plugin, Theme theme, List<GlossaryTerm> glossary, Optional<String> note) {

    public PluginSelection {
        glossary = List.copyOf(glossary);
    }

    /**
     * The note for a command that renders: {@link #note()}, or why the plugin's theme files failed their gate on first
     * use and the default theme serves instead. Reads the theme's CSS and logo; a check asks {@link #note()} only.
     */
    public Optional<String> renderNote() {
        if (note.isPresent()) {
            return note;
        }
        return theme instanceof GatedTheme gated ? gated.fallbackNote() : Optional.empty();
    }

    /** The default theme, no plugin, and the given note. */
    static PluginSelection standard(String note) {
        return new PluginSelection(Optional.empty(), new DefaultTheme(), List.of(), Optional.ofNullable(note));
    }
}
