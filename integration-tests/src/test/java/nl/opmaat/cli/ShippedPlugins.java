package nl.opmaat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The SWV plugins of this repository, read from the {@code plugins/} folder (every module with a
 * {@code plugin.properties}), so adding a plugin needs no change to the tests that count or name them.
 */
final class ShippedPlugins {

    /** The plugin ids, sorted as opmaat loads them (by folder name). */
    static final List<String> IDS = ids(CliRun.ROOT.resolve("plugins"));

    private ShippedPlugins() {
    }

    static List<String> ids(Path pluginsFolder) {
        return modules(pluginsFolder).stream().map(m -> id(m.resolve("plugin.properties"))).toList();
    }

    /** The module folder names, in the order of {@link #IDS}. */
    static List<String> folders() {
        return modules(CliRun.ROOT.resolve("plugins")).stream().map(m -> m.getFileName().toString()).toList();
    }

    private static List<Path> modules(Path pluginsFolder) {
        try (Stream<Path> modules = Files.list(pluginsFolder)) {
            return modules.filter(m -> Files.isRegularFile(m.resolve("plugin.properties"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(Path descriptor) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("plugin.id");
    }
}
