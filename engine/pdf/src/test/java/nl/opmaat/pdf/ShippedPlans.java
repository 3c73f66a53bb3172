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
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.theme.DefaultTheme;

/**
 * Every plan in {@code plan-sources/}, rendered once per test run (the PDFs take seconds each) and shared by the tests.
 */
final class ShippedPlans {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    /** A fixed "today" for expired waivers, so the findings (and the draft status) do not change with the calendar. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    /** One plan through the whole pipeline: the same steps as {@code opmaat build --format pdf}. */
    record Rendered(String name, LoadedPlan loaded, PlanReport report, Document document, String html, byte[] pdf) {
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

    static Rendered render(String name) {
        try {
            return render(name, new DefaultTheme());
        } catch (Exception e) {
            throw new IllegalStateException("plan-sources/" + name + " does not render: " + e.getMessage(), e);
        }
    }

    static Rendered render(String name, Theme theme) throws Exception {
        LoadedPlan loaded = new PlanReader().read(ROOT.resolve("plan-sources").resolve(name));
        RuleCatalogue catalogue = RuleCatalogue.builtIn(Law.load());
        PlanReport report = new RuleRunner(catalogue, CLOCK).run(loaded);
        Document document = new PlanDocumentBuilder(theme, "test", Optional.empty())
                .build(loaded, report.findings(), List.of());
        String html = new HtmlPlanWriter(theme).write(document);
        byte[] pdf = new PdfEngine(theme).render(html, document.meta());
        return new Rendered(name, loaded, report, document, html, pdf);
    }
}
