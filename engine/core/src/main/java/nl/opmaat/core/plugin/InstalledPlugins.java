package nl.opmaat.core.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Swv;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanProblem;

/**
 * The outcome of loading plugins: every plugin found (usable or not), the files that were not plugins at all, and the
 * choice of plugin and theme per plan. Immutable.
 */
public final class InstalledPlugins {

    /** The origin of the engine's own rules in the rule catalogue. */
    public static final String BUILT_IN = "opmaat";

    private static final Messages MESSAGES = Messages.forPackageOf(InstalledPlugins.class);
    private final List<RuleProvider> builtInRules;
    private final List<InstalledPlugin> plugins;
    private final List<Rejected> rejected;
    private final Map<String, List<String>> contestedCodes;

    /**
     * A path that could not be loaded as a plugin at all (no id known), or a second copy of a plugin.
     *
     * @param location the file or directory
     * @param problem  one Dutch sentence
     */
    public record Rejected(Path location, String problem) {
    }

    InstalledPlugins(List<RuleProvider> builtInRules, List<InstalledPlugin> plugins, List<Rejected> rejected,
                     Map<String, List<String>> contestedCodes) {
        this.builtInRules = List.copyOf(builtInRules);
        this.plugins = List.copyOf(plugins);
        this.rejected = List.copyOf(rejected);
        this.contestedCodes = Map.copyOf(contestedCodes);
    }

    /** Every plugin that has an id, in load order, including those that could not be started. */
    public List<InstalledPlugin> plugins() {
        return plugins;
    }

    /** Paths that were skipped without becoming a plugin. */
    public List<Rejected> rejected() {
        return rejected;
    }

    public Optional<InstalledPlugin> find(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The plugin that {@code swv.plugin} names but that is not installed or could not be loaded, as an input problem at
     * that line: checked without it, the plan would silently miss the plugin's rules and house style and pass.
     */
    public Optional<PlanProblem> missingNamedPlugin(LoadedPlan loaded) {
        String id = loaded.plan().swv().plugin();
        if (id == null) {
            return Optional.empty();
        }
        Optional<InstalledPlugin> named = find(id);
        if (named.isPresent() && named.get().active()) {
            return Optional.empty();
        }
        String key = named.isEmpty() ? "plan.plugin-missing" : "plan.plugin-inactive";
        return Optional.of(new PlanProblem(loaded.yaml().valuePositionOf("/swv/plugin"), MESSAGES.format(key, id),
                MESSAGES.format("plan.plugin-missing.hint", id)));
    }

    /** True when any plugin or path has a problem (for the exit code of {@code opmaat plugins}). */
    public boolean hasProblems() {
        return !rejected.isEmpty() || plugins.stream().anyMatch(p -> !p.problems().isEmpty());
    }

    /**
     * Rule providers grouped by origin, for {@code RuleCatalogue.of}: the built-in rules under {@value #BUILT_IN} and
     * each active plugin's under its id; sorted by origin.
     */
    public Map<String, List<RuleProvider>> ruleProvidersByOrigin() {
        Map<String, List<RuleProvider>> out = new TreeMap<>();
        out.put(BUILT_IN, builtInRules);
        plugins.stream().filter(InstalledPlugin::active).filter(p -> !p.ruleProviders().isEmpty())
                .forEach(p -> out.put(p.id(), p.ruleProviders()));
        return out;
    }

    /**
     * The plugin that serves {@code plan}: the one {@code swv.plugin} names; otherwise the one whose theme claims
     * {@code swv.code} (ignoring case and spaces); otherwise none, with the default theme and a note saying why.
     */
    public PluginSelection select(Plan plan) {
        Swv swv = plan.swv();
        if (swv.plugin() != null) {
            Optional<InstalledPlugin> named = find(swv.plugin());
            if (named.isEmpty()) {
                return PluginSelection.standard(MESSAGES.format("note.not-installed", swv.plugin()));
            }
            if (!named.get().active()) {
                return PluginSelection.standard(MESSAGES.format("note.not-active", swv.plugin()));
            }
            return serve(named.get());
        }
        if (swv.code() != null) {
            String code = normalise(swv.code());
            List<String> contenders = contestedCodes.get(code);
            if (contenders != null) {
                return PluginSelection.standard(MESSAGES.format("note.code-conflict", swv.code(), String.join(", ", contenders)));
            }
            for (InstalledPlugin plugin : plugins) {
                if (plugin.active() && plugin.swvCodes().stream().map(InstalledPlugins::normalise).anyMatch(code::equals)) {
                    return serve(plugin);
                }
            }
        }
        return PluginSelection.standard(MESSAGES.format("note.default", swv.naam()));
    }

    private static PluginSelection serve(InstalledPlugin plugin) {
        if (plugin.theme().isEmpty()) {
            PluginSelection fallback = PluginSelection.standard(MESSAGES.format("note.no-theme", plugin.id()));
            return new PluginSelection(Optional.of(plugin.id()), fallback.theme(), plugin.glossary(), fallback.note());
        }
        return new PluginSelection(Optional.of(plugin.id()), plugin.theme().get(), plugin.glossary(), Optional.empty());
    }

    /** The comparable form of an SWV code: without spaces, upper case ({@code po 22-02} → {@code PO22-02}). */
    static String normalise(String code) {
        return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Groups claims by normalised code, keeping the order of first claim; used by the loader. */
    static Map<String, List<String>> claims(List<InstalledPlugin> plugins) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (InstalledPlugin plugin : plugins) {
            for (String code : plugin.swvCodes()) {
                List<String> ids = out.computeIfAbsent(normalise(code), k -> new ArrayList<>());
                if (!ids.contains(plugin.id())) {
                    ids.add(plugin.id());
                }
            }
        }
        return out;
    }
}
