package nl.opmaat.core.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where opmaat looks for plugins, in this order: the directories given with {@code --plugins}, the plugin modules of the
 * opmaat repository when opmaat runs from a checkout ({@code plugins/<id>/target/*.jar}), the {@code plugins/} folder of
 * an installed opmaat (the release zip), and {@code ~/.opmaat/plugins}.
 * When two places hold a plugin with the same id, the first one wins and the other is reported.
 */
public final class PluginDirectories {

    /**
     * One place to look.
     *
     * @param directory  the directory
     * @param repository true for the {@code plugins/} folder of an opmaat checkout: each subfolder is a plugin module
     * @param required   true when the user named it: a missing directory is then a problem, not silence
     */
    public record Source(Path directory, boolean repository, boolean required) {
    }

    private PluginDirectories() {
    }

    /** The standard search order; {@code explicit} are the {@code --plugins} directories. */
    public static List<Source> standard(List<Path> explicit, Optional<Path> repositoryRoot, Path home) {
        return standard(explicit, repositoryRoot, Optional.empty(), home);
    }

    /**
     * The standard search order for an installed opmaat too: after the checkout (if any), the {@code plugins/} folder
     * of the installation ({@link #installedPlugins}).
     */
    public static List<Source> standard(List<Path> explicit, Optional<Path> repositoryRoot, Optional<Path> installed,
                                        Path home) {
        List<Source> sources = new ArrayList<>();
        explicit.forEach(dir -> sources.add(new Source(dir, false, true)));
        repositoryRoot.ifPresent(root -> sources.add(new Source(root.resolve("plugins"), true, false)));
        installed.ifPresent(dir -> sources.add(new Source(dir, false, false)));
        sources.add(new Source(home.resolve(".opmaat").resolve("plugins"), false, false));
        return sources;
    }

    /**
     * The {@code plugins/} folder of an installed opmaat (the release zip: {@code bin/}, {@code lib/}, {@code plugins/}),
     * found from where the CLI's jar lies ({@code <home>/lib/opmaat-cli-*.jar}); empty when opmaat does not run from
     * such a layout.
     */
    public static Optional<Path> installedPlugins(Path cliJar) {
        Path lib = cliJar.toAbsolutePath().normalize().getParent();
        if (lib == null || lib.getFileName() == null || !lib.getFileName().toString().equals("lib") || lib.getParent() == null) {
            return Optional.empty();
        }
        Path plugins = lib.getParent().resolve("plugins");
        return Files.isDirectory(plugins) ? Optional.of(plugins) : Optional.empty();
    }

    /**
     * The opmaat checkout that {@code start} lies in (for the CLI: where its own classes or jar are), found by walking up
     * to a directory with {@code pom.xml}, {@code engine/} and {@code plugins/}; empty for an installed copy.
     */
    public static Optional<Path> repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("engine"))
                    && Files.isDirectory(dir.resolve("plugins"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
