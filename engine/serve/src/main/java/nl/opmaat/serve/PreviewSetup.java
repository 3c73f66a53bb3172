package nl.opmaat.serve;

import java.util.List;
import java.util.Optional;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.theme.DefaultTheme;

/**
 * What the preview judges and renders with, handed in by the command that starts it: the rule catalogue (built-in
 * rules plus those of the loaded plugins), the choice of plugin per plan (house style, glossary, or a refusal when the
 * plan names a plugin that is missing) and the opmaat version for the document properties. The CLI loads plugins in one
 * place ({@code PluginOptions}); the preview never loads any itself.
 */
public record PreviewSetup(RuleCatalogue catalogue, PlanChecker.PluginChoice plugins, String opmaatVersion) {

    /** The built-in rules and the default theme: no plugin at all. */
    public static PreviewSetup builtIn(String opmaatVersion) {
        return new PreviewSetup(RuleCatalogue.builtIn(Law.load()),
                loaded -> new PluginSelection(Optional.empty(), new DefaultTheme(), List.of(), Optional.empty()),
                opmaatVersion);
    }
}
