package nl.opmaat.core.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;

/**
 * One plugin opmaat found, with what it contributes and what is wrong with it.
 *
 * @param description   the plugin's own description, or empty
 * @param location      the jar, or the module directory in development mode
 * @param active        false when the plugin could not be started: it then contributes nothing
 * @param theme         its house style, when it has a usable one
 * @param swvCodes      SWV codes it claims and that no other plugin claims too, as written by the plugin
 * @param ruleProviders its rule providers; the rule catalogue checks their ids
 * @param glossary      its glossary terms, in the plugin's order
 * @param problems      Dutch sentences, one per problem; empty when all is well
 */
public record InstalledPlugin(String id, String version, String provider, String description, Path location,
                              boolean active,
                              Optional<Theme> theme, List<String> swvCodes, List<RuleProvider> ruleProviders,
                              List<GlossaryTerm> glossary, List<String> problems) {

    public InstalledPlugin {
        provider = provider == null ? "" : provider;
        description = description == null ? "" : description;
        swvCodes = List.copyOf(swvCodes);
        ruleProviders = List.copyOf(ruleProviders);
        glossary = List.copyOf(glossary);
        problems = List.copyOf(problems);
    }
}
