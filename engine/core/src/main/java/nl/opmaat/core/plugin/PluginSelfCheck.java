package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeProvider;

/**
 * Test support for plugin authors: everything a plugin's parts must agree on, as one list of problems (empty when
 * sound). Descriptor, theme and rule ids match; the theme passes {@link ThemeCheck#full}; the logo has Dutch alt text;
 * the font licence ships beside the fonts; the glossary passes {@link GlossaryCheck} and every term occurs in the
 * plan the plugin serves.
 */
public final class PluginSelfCheck {

    private PluginSelfCheck() {
    }

    /**
     * @param descriptor    the plugin's {@code plugin.properties}
     * @param planDirectory the plan-source the plugin serves (its {@code hoofdstukken/*.md} are searched for the terms)
     */
    public static List<String> problems(Path descriptor, Class<?> pluginClass, ThemeProvider themeProvider,
                                        RuleProvider rules, GlossaryProvider glossary, Path planDirectory) {
        List<String> problems = new ArrayList<>();
        Properties properties = load(descriptor);
        Theme theme = themeProvider.theme();
        String id = properties.getProperty("plugin.id");
        if (!theme.id().equals(id)) {
            problems.add("theme id " + theme.id() + " differs from plugin.id " + id);
        }
        if (!pluginClass.getName().equals(properties.getProperty("plugin.class"))) {
            problems.add("plugin.class is " + properties.getProperty("plugin.class") + ", not " + pluginClass.getName());
        }
        rules.rules().forEach(rule -> {
            String ruleId = rule.getClass().getAnnotation(RuleInfo.class).id();
            if (!ruleId.startsWith(id + ".")) {
                problems.add("rule " + ruleId + " lacks the prefix " + id + ".");
            }
        });
        problems.addAll(ThemeCheck.full(theme, id));
        if (theme.logo().isPresent() && !theme.logo().get().altText().startsWith("Logo van ")) {
            problems.add("the logo's alt text does not start with 'Logo van '");
        }
        if (themeProvider.getClass().getResource("fonts/LICENSE") == null) {
            problems.add("fonts/LICENSE is not beside the theme's fonts");
        }
        problems.addAll(GlossaryCheck.problems(glossary.terms()));
        String plan = chapters(planDirectory);
        for (GlossaryTerm term : glossary.terms()) {
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

    private static String chapters(Path plan) {
        try (Stream<Path> files = Files.list(plan.resolve("hoofdstukken"))) {
            return files.sorted().map(PluginSelfCheck::read).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path descriptor) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
