package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nl.opmaat.api.rule.RuleProvider;
import org.pf4j.Plugin;

/**
 * Builds a real plugin jar for a test, like pf4j's own {@code PluginJar} test helper: Java sources compiled with the
 * JDK's compiler against opmaat-api and pf4j, a {@code plugin.properties}, an explicit {@code META-INF/extensions.idx}
 * (so a test can leave it out), and any other files. Nothing of it is on the test's class path.
 */
final class TestPluginJar {

    private final Properties descriptor = new Properties();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private boolean index = true;
    private boolean withDescriptor = true;

    private TestPluginJar(String id) {
        descriptor.setProperty("plugin.id", id);
        descriptor.setProperty("plugin.version", "1.0.0");
    }

    static TestPluginJar plugin(String id) {
        return new TestPluginJar(id);
    }

    TestPluginJar property(String key, String value) {
        descriptor.setProperty(key, value);
        return this;
    }

    TestPluginJar withoutProperty(String key) {
        descriptor.remove(key);
        return this;
    }

    /** A class to compile; {@code code} is the whole compilation unit. */
    TestPluginJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Lists a class in {@code META-INF/extensions.idx}. */
    TestPluginJar extension(String className) {
        extensions.add(className);
        return this;
    }

    /** Leaves out plugin.properties altogether: a jar that is no plugin. */
    TestPluginJar withoutDescriptor() {
        withDescriptor = false;
        return this;
    }

    TestPluginJar withoutExtensionIndex() {
        index = false;
        return this;
    }

    TestPluginJar file(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Copies a class file of the test's class path into the jar, e.g. to bundle a second copy of the api. */
    TestPluginJar copyOf(Class<?> type) throws IOException {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            files.put(path, in.readAllBytes());
        }
        return this;
    }

    Path build(Path directory, String fileName) throws IOException {
        // Sources and classes go beside the plugin directory, never in it: the loader would list them.
        Path work = Files.createTempDirectory(directory.toAbsolutePath().getParent(), "src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(work, classes);
        Files.createDirectories(directory);
        Path jar = directory.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (withDescriptor) {
                StringWriter properties = new StringWriter();
                descriptor.store(properties, null);
                put(out, "plugin.properties", properties.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            if (index && !extensions.isEmpty()) {
                put(out, "META-INF/extensions.idx", String.join("\n", extensions).concat("\n").getBytes(StandardCharsets.UTF_8));
            }
            try (Stream<Path> compiled = Files.walk(classes)) {
                for (Path file : compiled.filter(Files::isRegularFile).sorted().toList()) {
                    put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(out, file.getKey(), file.getValue());
            }
        }
        return jar;
    }

    private void compile(Path work, Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-classpath",
                location(RuleProvider.class) + java.io.File.pathSeparator + location(Plugin.class)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        if (javac.run(null, null, err, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test plugin does not compile: " + err);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** Writes bytes that are not a zip under a jar name. */
    static Path notAZip(Path directory, String fileName) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Dit is geen jar maar een tekstbestand.\n".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
