package nl.opmaat.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.rules.readability.B1Rules;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR} for every command that uses plugins, and the one place the CLI loads them: the directories given,
 * then the repository's {@code plugins/*}{@code /target/*.jar} when opmaat runs from a checkout, then
 * {@code ~/.opmaat/plugins}. The folders under {@code plugins:} in {@code .opmaat.yaml} come right after those given. {@code OPMAAT_PLUGIN_MODE=development} loads the repository's plugins from
 * {@code target/classes}.
 */
final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "<map>",
            description = "Map met plugin-jars; mag vaker. Daarna zoekt opmaat in plugins: uit .opmaat.yaml, in plugins/ "
                    + "naast opmaat zelf en in ~/.opmaat/plugins.")
    List<Path> directories = new ArrayList<>();

    List<PluginDirectories.Source> sources() {
        List<Path> given = new ArrayList<>(directories);
        given.addAll(RepoConfig.forWorkingDirectory().plugins());
        return PluginDirectories.standard(given, repositoryRoot(), codeLocation().flatMap(PluginDirectories::installedPlugins),
                Path.of(System.getProperty("user.home")));
    }

    InstalledPlugins load() {
        return new PluginLoader(development(), Version.forPluginRequires()).load(sources());
    }

    /** The catalogue the commands judge with: the built-in rules plus those of every loaded plugin. */
    static RuleCatalogue catalogue(InstalledPlugins installed) {
        return catalogue(installed, B1Rules.listed());
    }

    /** The same catalogue with the b1 rules as given: running for {@code check --leesbaarheid}. */
    static RuleCatalogue catalogue(InstalledPlugins installed, B1Rules readability) {
        Map<String, List<RuleProvider>> providers = new LinkedHashMap<>(installed.ruleProvidersByOrigin());
        providers.put(RuleCatalogue.BUILT_IN, List.of(new BuiltInRules(readability)));
        return RuleCatalogue.of(Law.load(), providers);
    }

    /** Plugins that could not be loaded, one Dutch line each on stderr: a set-up problem, never fatal. */
    static void reportRejected(InstalledPlugins installed, java.io.PrintWriter err) {
        installed.rejected().forEach(r -> err.println(CliMessages.format("plugin-problem", r.problem())));
    }

    private static boolean development() {
        String mode = System.getenv("OPMAAT_PLUGIN_MODE");
        return "development".equalsIgnoreCase(mode) || "development".equalsIgnoreCase(System.getProperty("pf4j.mode"));
    }

    /** The checkout the CLI's own classes or jar lie in, if any. */
    private static Optional<Path> repositoryRoot() {
        return codeLocation().flatMap(PluginDirectories::repositoryRoot);
    }

    /** The CLI's own jar (or classes folder). */
    private static Optional<Path> codeLocation() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
