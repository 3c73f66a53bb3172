package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.api.theme.ThemeFont;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugin;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.plugin.ThemeCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jars the build made, loaded through the real pf4j manager (not a mock), as packaged and in development mode. */
class RealPluginJarsTest {

    private static final Path PLUGINS = CliRun.ROOT.resolve("plugins");

    private static InstalledPlugins load(boolean development) {
        return new PluginLoader(development, null).load(List.of(new PluginDirectories.Source(PLUGINS, true, true)));
    }

    @Test
    void eachJarHoldsItsDescriptorExtensionIndexFontsAndLicence() throws IOException {
        for (String id : PluginsCommandTest.IDS) {
            Path jarPath;
            try (Stream<Path> files = Files.list(PLUGINS.resolve(id).resolve("target"))) {
                jarPath = files.filter(f -> f.getFileName().toString().matches("opmaat-plugin-" + id + "-.*\\.jar")).findFirst().orElseThrow();
            }
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                assertTrue(jar.getEntry("plugin.properties") != null, id);
                // The house style and the glossary are data at the jar root; only rules are Java (and in the index).
                assertTrue(jar.getEntry("theme.properties") != null && jar.getEntry("theme.css") != null
                        && jar.getEntry("glossary.yaml") != null, id + " ships its theme and glossary as files");
                if (jar.getEntry("META-INF/extensions.idx") != null) {
                    try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/extensions.idx"))) {
                        String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        assertTrue(!index.contains("Theme") && !index.contains("Glossary"), index);
                    }
                }
                long fonts = jar.stream().filter(e -> e.getName().endsWith(".ttf")).count();
                assertEquals(4, fonts, id + ": regular, bold, italic and bold italic");
                assertTrue(jar.getEntry("fonts/LICENSE") != null, id + " ships its font licence beside the fonts");
                assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("nl/opmaat/api/") || e.getName().startsWith("org/pf4j/")),
                        id + " must not bundle opmaat-api or pf4j");
            }
        }
    }

    @Test
    void theRealJarsLoadWithoutProblemsAndTheirThemesOpenFontsFromTheJar() throws IOException {
        InstalledPlugins installed = load(false);
        assertEquals(List.of(), installed.rejected());
        assertEquals(PluginsCommandTest.IDS, installed.plugins().stream().map(InstalledPlugin::id).toList());
        for (InstalledPlugin plugin : installed.plugins()) {
            assertTrue(plugin.active(), plugin.id());
            assertEquals(List.of(), plugin.problems(), plugin.id());
            assertTrue(plugin.location().getFileName().toString().endsWith(".jar"));
            Theme theme = plugin.theme().orElseThrow();
            assertEquals(List.of(), ThemeCheck.full(theme, plugin.id()), plugin.id());
            ThemeFont regular = theme.fonts().get(0);
            try (InputStream in = regular.source().open()) {
                assertTrue(in.readAllBytes().length > 100_000, plugin.id() + ": a real TrueType font, read through the plugin's class loader");
            }
            assertTrue(theme.css().contains(theme.bodyFont()), plugin.id() + ": the CSS uses the theme's font");
        }
    }

    @Test
    void developmentModeLoadsTheSamePluginsFromTargetClasses() {
        InstalledPlugins installed = load(true);
        assertEquals(PluginsCommandTest.IDS, installed.plugins().stream().map(InstalledPlugin::id).toList());
        for (InstalledPlugin plugin : installed.plugins()) {
            assertTrue(plugin.active(), plugin.id());
            assertEquals(List.of(), plugin.problems(), plugin.id());
            assertEquals(PLUGINS.resolve(plugin.id()), plugin.location());
        }
    }

    @Test
    void aPlanIsMatchedByItsSwvCodeWhenItNamesNoPlugin(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("plan.yaml"), """
                swv: { naam: SWV Emmen zonder pluginregel, code: po 22-02, sector: po }
                periode: { van: 2026-08-01, tot: 2030-07-31 }
                """);
        var selection = load(false).select(new PlanReader().read(temp).plan());
        assertEquals("po-22-02-emmen", selection.plugin().orElseThrow());
        assertEquals("Liberation Sans", selection.theme().bodyFont());
        assertTrue(selection.note().isEmpty());
        assertTrue(selection.glossary().stream().anyMatch(t -> t.term().equals("DOA")));
    }
}
