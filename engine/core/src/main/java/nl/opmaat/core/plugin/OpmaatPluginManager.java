package nl.opmaat.core.plugin;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * pf4j's manager with the choices opmaat makes itself: {@link PluginLoader} decides which paths are plugins (so pf4j's
 * repository is empty), a jar is loaded as a jar and a directory as a Maven module in development mode
 * ({@code target/classes}), whatever the global runtime mode says, and a plugin class that cannot be made fails with
 * a reason instead of pf4j's silent {@code null}. A descriptor without a plugin class gets pf4j's plain {@link Plugin}.
 */
final class OpmaatPluginManager extends DefaultPluginManager {

    OpmaatPluginManager(List<Path> roots) {
        super(roots);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** Reads and validates the descriptor without loading anything, so duplicates can be named before pf4j throws. */
    PluginDescriptor describe(Path path) {
        PluginDescriptor descriptor = getPluginDescriptorFinder().find(path);
        validatePluginDescriptor(descriptor);
        return descriptor;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                return List.of();
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return false;
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        // Order matters: the first applicable loader wins, and the development loader accepts any existing path.
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this))
                .add(new DevelopmentPluginLoader(this) {
                    @Override
                    public boolean isApplicable(Path pluginPath) {
                        return Files.isDirectory(pluginPath);
                    }
                });
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        // No enabled.txt/disabled.txt: what is installed is what runs.
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
            }

            @Override
            public void enablePlugin(String pluginId) {
            }
        };
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return OpmaatPluginManager::createPlugin;
    }

    private static Plugin createPlugin(PluginWrapper wrapper) {
        String name = wrapper.getDescriptor().getPluginClass();
        if (name == null || name.isBlank()) {
            // The plugin class is optional (as in pf4j): a plugin of data files and extensions needs no start or stop work.
            return new Plugin();
        }
        Class<?> type;
        try {
            type = wrapper.getPluginClassLoader().loadClass(name);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginClassException(PluginClassException.Reason.MISSING, name, e);
        }
        if (!Plugin.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new PluginClassException(PluginClassException.Reason.NOT_A_PLUGIN, name, null);
        }
        try {
            try {
                return (Plugin) type.getConstructor().newInstance();
            } catch (NoSuchMethodException e) {
                // pf4j's older style: a constructor that takes the wrapper.
                return (Plugin) type.getConstructor(PluginWrapper.class).newInstance(wrapper);
            }
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new PluginClassException(PluginClassException.Reason.CONSTRUCTOR, name, e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new PluginClassException(PluginClassException.Reason.CONSTRUCTOR, name, e);
        }
    }

    /** Why the plugin class named in the descriptor could not be made; the loader words it in Dutch. */
    static final class PluginClassException extends PluginRuntimeException {
        enum Reason { MISSING, NOT_A_PLUGIN, CONSTRUCTOR }

        final Reason reason;
        final String className;

        PluginClassException(Reason reason, String className, Throwable cause) {
            super(cause, "{} {}", reason, className);
            this.reason = reason;
            this.className = className;
        }
    }
}
