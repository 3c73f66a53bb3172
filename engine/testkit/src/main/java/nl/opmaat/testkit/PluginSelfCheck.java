package nl.opmaat.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.plugin.GlossaryCheck;
import nl.opmaat.core.plugin.InstalledPlugin;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginFiles;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.plugin.ThemeCheck;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;

/**
 * Test support for plugin authors: everything a plugin must get right, as one list of problems (empty when sound). The
 * plugin module is loaded the way opmaat loads it in development mode ({@code target/classes}, after the build has
 * copied its resources), so its {@code theme.properties}, {@code glossary.yaml} and rules are read by the engine's own
 * code: it loads without problems; it has a house style that passes {@link ThemeCheck#full} (every font opens, the
 * logo passes the image gate) with a Dutch alt text "Logo van ..." and the font licence beside the fonts; its rules
 * register under ids with its prefix; every glossary term occurs in the plan the plugin serves.
 */
public final class PluginSelfCheck {

    private PluginSelfCheck() {
    }

    /**
     * @param pluginModule  the plugin's Maven module (with {@code plugin.properties} and a built {@code target/classes})
     * @param planDirectory the plan-source the plugin serves (its {@code hoofdstukken/*.md} are searched for the terms)
     */
    public static List<String> problems(Path pluginModule, Path planDirectory) {
        InstalledPlugins installed = new PluginLoader(true, null).loadPaths(List.of(pluginModule.toAbsolutePath().normalize()));
        List<String> problems = new ArrayList<>();
        installed.rejected().forEach(r -> problems.add(r.problem()));
        if (installed.plugins().isEmpty()) {
            problems.add(pluginModule + " did not load as a plugin");
            return problems;
        }
        InstalledPlugin plugin = installed.plugins().get(0);
        problems.addAll(plugin.problems());
        if (plugin.theme().isEmpty()) {
            problems.add("the plugin has no usable house style (theme.properties)");
        } else {
            Theme theme = plugin.theme().get();
            problems.addAll(ThemeCheck.full(theme, plugin.id()));
            if (theme.logo().isPresent() && !theme.logo().get().altText().startsWith("Logo van ")) {
                problems.add("the logo's alt text does not start with 'Logo van '");
            }
        }
        if (!exists(PluginFiles.of(pluginModule.resolve("target/classes")), "fonts/LICENSE")) {
            problems.add("fonts/LICENSE is not beside the theme's fonts");
        }
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), Map.of(plugin.id(), plugin.ruleProviders()));
        problems.addAll(catalogue.problems());
        catalogue.rules().stream().filter(r -> r.origin().equals(plugin.id()))
                .filter(r -> !r.id().startsWith(plugin.id() + "."))
                .forEach(r -> problems.add("rule " + r.id() + " lacks the prefix " + plugin.id() + "."));
        problems.addAll(glossaryProblems(plugin.glossary(), planDirectory));
        return problems;
    }

    /** The glossary passes {@link GlossaryCheck} and every term (or a variant) occurs in the plan's chapters. */
    static List<String> glossaryProblems(List<GlossaryTerm> glossary, Path planDirectory) {
        List<String> problems = new ArrayList<>(GlossaryCheck.problems(glossary));
        String plan = chapters(planDirectory);
        for (GlossaryTerm term : glossary) {
            if (Stream.concat(Stream.of(term.term()), term.variants().stream()).noneMatch(t -> occurs(t, plan))) {
                problems.add("glossary term " + term.term() + " does not occur in " + planDirectory);
            }
        }
        return problems;
    }

    /** The term as a whole word (or words), ignoring case: "sla" must not match "slaagt". */
    static boolean occurs(String term, String text) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "(?!\\p{L})").matcher(text).find();
    }

    private static boolean exists(PluginFiles files, String name) {
        try {
            return files.read(name).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String chapters(Path plan) {
        try (Stream<Path> files = Files.list(plan.resolve("hoofdstukken"))) {
            return files.sorted().map(PluginSelfCheck::read).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
