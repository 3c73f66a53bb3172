package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data files of one plugin ({@code theme.properties}, {@code theme.css}, {@code logo.svg}, {@code fonts/*.ttf},
 * {@code glossary.yaml}), read from the plugin itself only: from its own jar or {@code target/classes} through its
 * class loader's own URLs (never the parent's, so one plugin cannot pick up another's files or the engine's), or from
 * a directory in the plugin author's tests.
 */
@FunctionalInterface
public interface PluginFiles {

    /** The file's bytes, or empty when the plugin does not have it. */
    Optional<byte[]> read(String name) throws IOException;

    /** The plugin's own files, as pf4j's class loader for it sees them in its jar or module. */
    static PluginFiles of(ClassLoader pluginLoader) {
        return name -> {
            URL url = pluginLoader instanceof URLClassLoader own ? own.findResource(name) : null;
            if (url == null) {
                return Optional.empty();
            }
            try (InputStream in = url.openStream()) {
                return Optional.of(in.readAllBytes());
            }
        };
    }

    /** The files under a directory, e.g. a plugin module's {@code target/classes}. */
    static PluginFiles of(Path directory) {
        return name -> {
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        };
    }
}
