package nl.opmaat.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeProvider;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.plugin.OpmaatPluginManager.PluginClassException;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads plugins with pf4j from {@link PluginDirectories.Source}s and collects, per plugin, what it contributes and what
 * is wrong with it. A broken plugin is reported in Dutch and skipped; loading never fails as a whole. Every contribution
 * is read once here (theme, SWV codes, rules, glossary), so a plugin that throws does so now, not in the middle of a
 * check or a render.
 */
public final class PluginLoader {

    private static final Messages MESSAGES = Messages.forPackageOf(PluginLoader.class);
    private final boolean development;
    private final String systemVersion;

    /**
     * @param development   load the repository's plugin modules from {@code target/classes} instead of their jars,
     *                      and accept module directories in the other plugin directories too
     * @param systemVersion opmaat's version for {@code Plugin-Requires}; null skips that check (development builds)
     */
    public PluginLoader(boolean development, String systemVersion) {
        this.development = development;
        this.systemVersion = systemVersion;
    }

    public InstalledPlugins load(List<PluginDirectories.Source> sources) {
        List<InstalledPlugins.Rejected> rejected = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (PluginDirectories.Source source : sources) {
            candidates.addAll(candidates(source, rejected));
        }
        return load(sources.stream().map(PluginDirectories.Source::directory).toList(), candidates, rejected);
    }

    /**
     * Loads exactly the given plugin jars or module directories, e.g. the one module a plugin's own test checks
     * (test kit) or every module of the {@code plugins/} folder.
     */
    public InstalledPlugins loadPaths(List<Path> candidates) {
        return load(candidates.stream().map(Path::toAbsolutePath).map(Path::getParent).distinct().toList(), candidates,
                new ArrayList<>());
    }

    private InstalledPlugins load(List<Path> roots, List<Path> candidates, List<InstalledPlugins.Rejected> rejected) {
        OpmaatPluginManager manager = new OpmaatPluginManager(roots);
        if (systemVersion != null) {
            manager.setSystemVersion(systemVersion);
        }
        Map<String, Path> loadedFrom = new LinkedHashMap<>();
        for (Path candidate : candidates) {
            load(manager, candidate, loadedFrom, rejected);
        }
        manager.startPlugins();

        List<InstalledPlugin> plugins = new ArrayList<>();
        for (Map.Entry<String, Path> entry : loadedFrom.entrySet()) {
            plugins.add(describe(manager, manager.getPlugin(entry.getKey()), entry.getValue()));
        }
        Map<String, List<String>> contested = contestedCodes(plugins);
        plugins = plugins.stream().map(p -> withoutContestedCodes(p, contested)).toList();
        List<RuleProvider> builtIn = manager.getExtensions(RuleProvider.class, null);
        return new InstalledPlugins(builtIn, plugins, rejected, contested);
    }

    /** The paths in one source that may be plugins, in a stable order. */
    private List<Path> candidates(PluginDirectories.Source source, List<InstalledPlugins.Rejected> rejected) {
        Path dir = source.directory();
        if (!Files.isDirectory(dir)) {
            if (source.required()) {
                rejected.add(new InstalledPlugins.Rejected(dir, MESSAGES.format("rejected.missing-dir", dir)));
            }
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                if (source.repository()) {
                    repositoryModule(entry).ifPresent(out::add);
                } else if (Files.isRegularFile(entry) && isArchiveName(entry)) {
                    out.add(entry);
                } else if (development && Files.isDirectory(entry.resolve("target").resolve("classes"))) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            rejected.add(new InstalledPlugins.Rejected(dir, MESSAGES.format("rejected.unreadable", dir, e.getMessage())));
        }
        return out;
    }

    /** A plugin module of the opmaat repository: its {@code target/classes} in development mode, else its newest jar. */
    private Optional<Path> repositoryModule(Path module) throws IOException {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        if (development && Files.isDirectory(target.resolve("classes"))) {
            return Optional.of(module);
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar|original-.*"))
                    .max(Comparator.comparing(PluginLoader::modified).thenComparing(Comparator.naturalOrder()));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean isArchiveName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    private void load(OpmaatPluginManager manager, Path path, Map<String, Path> loadedFrom,
                      List<InstalledPlugins.Rejected> rejected) {
        if (Files.isRegularFile(path) && !isZip(path)) {
            rejected.add(new InstalledPlugins.Rejected(path, MESSAGES.format("rejected.not-a-zip", path)));
            return;
        }
        if (!hasDescriptor(path)) {
            rejected.add(new InstalledPlugins.Rejected(path, MESSAGES.format("rejected.no-descriptor", path)));
            return;
        }
        PluginDescriptor descriptor;
        try {
            descriptor = manager.describe(path);
        } catch (RuntimeException e) {
            rejected.add(new InstalledPlugins.Rejected(path, descriptorProblem(path, e)));
            return;
        }
        Path first = loadedFrom.get(descriptor.getPluginId());
        if (first != null) {
            rejected.add(new InstalledPlugins.Rejected(path,
                    MESSAGES.format("rejected.duplicate", descriptor.getPluginId(), path, first)));
            return;
        }
        try {
            String id = manager.loadPlugin(path);
            loadedFrom.put(id, path);
        } catch (RuntimeException | LinkageError e) {
            rejected.add(new InstalledPlugins.Rejected(path, MESSAGES.format("rejected.load-failed", path, reason(e))));
        }
    }

    /** A plugin.properties, or a manifest that names a Plugin-Id: without either it is some other jar, not a broken plugin. */
    private static boolean hasDescriptor(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve("plugin.properties"))
                    || Files.isRegularFile(path.resolve("target/classes/META-INF/MANIFEST.MF"));
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
            return jar.getEntry("plugin.properties") != null
                    || jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Plugin-Id") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZip(Path file) {
        try (ZipFile ignored = new ZipFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String descriptorProblem(Path path, RuntimeException e) {
        if (e instanceof org.pf4j.InvalidPluginDescriptorException) {
            return MESSAGES.format("rejected.bad-descriptor", path, fieldOf(e.getMessage()));
        }
        return MESSAGES.format("rejected.no-descriptor", path);
    }

    /** pf4j says "Field 'id' cannot be empty"; the user wrote Plugin-Id or plugin.id. */
    private static String fieldOf(String message) {
        if (message != null && message.contains("'id'")) {
            return MESSAGES.format("descriptor.id");
        }
        if (message != null && message.contains("'version'")) {
            return MESSAGES.format("descriptor.version");
        }
        return String.valueOf(message);
    }

    private InstalledPlugin describe(OpmaatPluginManager manager, PluginWrapper wrapper, Path location) {
        PluginDescriptor d = wrapper.getDescriptor();
        List<String> problems = new ArrayList<>();
        Contributions found = new Contributions();
        boolean active = wrapper.getPluginState() == PluginState.STARTED;
        if (active) {
            readFiles(wrapper, found, problems);
            collect(manager, wrapper, found, problems);
        } else {
            problems.add(whyNotStarted(manager, wrapper));
        }
        Optional<Theme> theme = Optional.empty();
        if (found.theme != null) {
            List<String> themeProblems;
            try {
                themeProblems = ThemeCheck.names(found.theme, d.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                themeProblems = List.of(MESSAGES.format("plugin.extension-failed", found.themeClass, reason(e)));
            }
            if (themeProblems.isEmpty()) {
                // The theme's CSS and logo are gated on first use, not now: a check never reads them.
                theme = Optional.of(new GatedTheme(found.theme));
            } else {
                themeProblems.forEach(p -> problems.add(MESSAGES.format("plugin.theme-skipped", p)));
            }
        }
        // A plugin without a usable theme claims no SWV code: a code only picks a house style.
        List<String> codes = theme.isPresent() ? found.swvCodes : List.of();
        try {
            problems.addAll(GlossaryCheck.problems(found.glossary));
        } catch (RuntimeException e) {
            problems.add(MESSAGES.format("plugin.glossary-broken", reason(e)));
            found.glossary.clear();
        }
        return new InstalledPlugin(d.getPluginId(), d.getVersion(), d.getProvider(), d.getPluginDescription(), location,
                active, theme, codes,
                active ? found.ruleProviders : List.of(), active ? found.glossary : List.of(), problems);
    }

    /** The plugin's data files: its house style from theme.properties and its glossary from glossary.yaml. */
    private static void readFiles(PluginWrapper wrapper, Contributions found, List<String> problems) {
        PluginFiles files = PluginFiles.of(wrapper.getPluginClassLoader());
        try {
            ThemeProperties.read(wrapper.getPluginId(), files).ifPresent(result -> {
                found.hasFiles = true;
                result.problems().forEach(p -> problems.add(MESSAGES.format("plugin.theme-skipped", p)));
                result.theme().ifPresent(t -> {
                    found.theme = t;
                    found.themeClass = ThemeProperties.FILE;
                    found.swvCodes = result.swvCodes();
                });
            });
            GlossaryFile.read(files).ifPresent(result -> {
                found.hasFiles = true;
                result.problems().forEach(p -> problems.add(MESSAGES.format("plugin.glossary-skipped", p)));
                found.glossary.addAll(result.terms());
            });
        } catch (IOException e) {
            problems.add(MESSAGES.format("plugin.glossary-broken", reason(e)));
        }
    }

    private String whyNotStarted(OpmaatPluginManager manager, PluginWrapper wrapper) {
        Throwable failure = wrapper.getFailedException();
        if (failure instanceof PluginClassException e) {
            return switch (e.reason) {
                case MISSING -> MESSAGES.format("plugin.class-missing", e.className);
                case NOT_A_PLUGIN -> MESSAGES.format("plugin.class-not-a-plugin", e.className);
                case CONSTRUCTOR -> MESSAGES.format("plugin.class-constructor", e.className, reason(e.getCause()));
            };
        }
        if (failure != null) {
            return MESSAGES.format("plugin.start-failed", reason(failure));
        }
        String requires = wrapper.getDescriptor().getRequires();
        if (wrapper.getPluginState() == PluginState.DISABLED && systemVersion != null && requires != null
                && !requires.isBlank() && !"*".equals(requires.trim())) {
            return MESSAGES.format("plugin.requires", requires, systemVersion);
        }
        return MESSAGES.format("plugin.not-started", wrapper.getPluginState());
    }

    /** What one plugin's extensions gave. */
    private static final class Contributions {
        boolean hasFiles;
        Theme theme;
        String themeClass;
        List<String> swvCodes = List.of();
        final List<RuleProvider> ruleProviders = new ArrayList<>();
        final List<GlossaryTerm> glossary = new ArrayList<>();
    }

    private void collect(OpmaatPluginManager manager, PluginWrapper wrapper, Contributions found, List<String> problems) {
        String id = wrapper.getPluginId();
        TreeSet<String> classNames = new TreeSet<>(manager.getExtensionClassNames(id));
        if (classNames.isEmpty()) {
            if (!found.hasFiles) {
                problems.add(MESSAGES.format("plugin.no-extensions"));
            }
            return;
        }
        ClassLoader loader = wrapper.getPluginClassLoader();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = loader.loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(MESSAGES.format("plugin.extension-missing", name));
                continue;
            }
            boolean known = RuleProvider.class.isAssignableFrom(type) || ThemeProvider.class.isAssignableFrom(type)
                    || GlossaryProvider.class.isAssignableFrom(type);
            if (!known) {
                problems.add(MESSAGES.format(implementsForeignApi(type) ? "plugin.extension-foreign-api" : "plugin.extension-unknown", name));
                continue;
            }
            try {
                Object extension = manager.getExtensionFactory().create(type);
                read(extension, found, problems);
            } catch (RuntimeException | LinkageError e) {
                Throwable cause = e instanceof org.pf4j.PluginRuntimeException && e.getCause() != null ? e.getCause() : e;
                problems.add(MESSAGES.format("plugin.extension-failed", name, reason(cause)));
            }
        }
    }

    /** Calls the extension's methods once, so a throwing plugin is caught here. */
    private static void read(Object extension, Contributions found, List<String> problems) {
        String name = extension.getClass().getName();
        if (extension instanceof ThemeProvider provider) {
            Theme theme = provider.theme();
            List<String> codes = List.copyOf(provider.swvCodes());
            if (found.theme != null) {
                problems.add(MESSAGES.format("plugin.second-theme", found.themeClass, name));
            } else if (theme == null) {
                problems.add(MESSAGES.format("plugin.extension-failed", name, "theme() gaf null"));
            } else {
                found.theme = theme;
                found.themeClass = name;
                found.swvCodes = codes;
            }
        }
        if (extension instanceof RuleProvider provider) {
            List<Rule> rules = List.copyOf(provider.rules());
            found.ruleProviders.add(() -> rules);
        }
        if (extension instanceof GlossaryProvider provider) {
            found.glossary.addAll(provider.terms());
        }
    }

    /** True when the class implements an interface with one of our names, loaded by another class loader. */
    private static boolean implementsForeignApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                String n = i.getName();
                if (n.equals(RuleProvider.class.getName()) || n.equals(ThemeProvider.class.getName())
                        || n.equals(GlossaryProvider.class.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A plugin's SWV code claimed by two or more plugins: the code with the ids claiming it. */
    private static Map<String, List<String>> contestedCodes(List<InstalledPlugin> plugins) {
        Map<String, List<String>> contested = new LinkedHashMap<>();
        InstalledPlugins.claims(plugins.stream().filter(InstalledPlugin::active).toList()).forEach((code, ids) -> {
            if (ids.size() > 1) {
                contested.put(code, ids);
            }
        });
        return contested;
    }

    private static InstalledPlugin withoutContestedCodes(InstalledPlugin plugin, Map<String, List<String>> contested) {
        List<String> kept = new ArrayList<>();
        List<String> problems = new ArrayList<>(plugin.problems());
        for (String code : plugin.swvCodes()) {
            List<String> ids = contested.get(InstalledPlugins.normalise(code));
            if (ids == null) {
                kept.add(code);
            } else {
                List<String> others = ids.stream().filter(i -> !i.equals(plugin.id())).toList();
                problems.add(MESSAGES.format("plugin.code-conflict", code, String.join(", ", others)));
            }
        }
        return new InstalledPlugin(plugin.id(), plugin.version(), plugin.provider(), plugin.description(),
                plugin.location(), plugin.active(),
                plugin.theme(), kept, plugin.ruleProviders(), plugin.glossary(), problems);
    }

    /** One line for a Throwable: its type and message, never a stack trace. */
    static String reason(Throwable e) {
        if (e == null) {
            return "";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
