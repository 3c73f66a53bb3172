package nl.opmaat.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;

/**
 * Every plan in {@code plan-sources/}, rendered once per test run (the PDFs take seconds each) and shared by the tests:
 * the same steps as {@code opmaat build --format pdf}, in the house style, glossary and rules of the real plugin jar
 * that serves the plan ({@code plugins/*}{@code /target}), or the default theme.
 */
final class ShippedPlans {

    static final Path ROOT = PluginDirectories.repositoryRoot(Path.of(""))
            .orElseThrow(() -> new IllegalStateException("the tests run outside an opmaat checkout"));
    /** A fixed "today" for expired waivers, so the findings (and the draft status) do not change with the calendar. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();
    private static volatile InstalledPlugins plugins;

    /** One plan through the whole pipeline. */
    record Rendered(String name, LoadedPlan loaded, PlanSelection selection, PlanReport report, Document document,
                    String html, byte[] pdf) {
        Theme theme() {
            return selection.theme();
        }
    }

    /** The plugin (if any), theme and glossary chosen for a plan. */
    record PlanSelection(Optional<String> plugin, Theme theme, List<nl.opmaat.api.theme.GlossaryTerm> glossary) {
    }

    private ShippedPlans() {
    }

    static List<String> names() {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("plan-sources"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rendered get(String name) {
        return CACHE.computeIfAbsent(name, ShippedPlans::render);
    }

    /** A fresh render, not cached. */
    static Rendered render(String name) {
        try {
            InstalledPlugins installed = plugins();
            LoadedPlan loaded = new PlanReader().read(ROOT.resolve("plan-sources").resolve(name));
            PluginSelection chosen = installed.select(loaded.plan());
            PlanSelection selection = new PlanSelection(chosen.plugin(), chosen.theme(), chosen.glossary());
            RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), installed.ruleProvidersByOrigin());
            PlanReport report = new RuleRunner(catalogue, CLOCK).run(loaded, chosen.plugin().orElse(null));
            Theme theme = selection.theme();
            Document document = new PlanDocumentBuilder(theme, "test", Optional.empty())
                    .build(loaded, report.findings(), selection.glossary());
            String html = new HtmlPlanWriter(theme).write(document);
            byte[] pdf = new PdfEngine(theme).render(html, document.meta());
            return new Rendered(name, loaded, selection, report, document, html, pdf);
        } catch (Exception e) {
            throw new IllegalStateException("plan-sources/" + name + " does not render: " + e.getMessage(), e);
        }
    }

    /** The repository's plugin jars, loaded once; never the developer's ~/.opmaat/plugins. */
    static InstalledPlugins plugins() {
        if (plugins == null) {
            synchronized (ShippedPlans.class) {
                if (plugins == null) {
                    Path noHome = Path.of("target", "test-home").toAbsolutePath();
                    InstalledPlugins loaded = new PluginLoader(false, null)
                            .load(PluginDirectories.standard(List.of(), Optional.of(ROOT), noHome));
                    if (loaded.hasProblems() || loaded.plugins().isEmpty()) {
                        throw new IllegalStateException("the repository's plugins do not load: " + loaded.rejected());
                    }
                    plugins = loaded;
                }
            }
        }
        return plugins;
    }
}
