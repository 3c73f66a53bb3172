package nl.opmaat.pdf;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;

/**
 * Warm in-process timing of {@code opmaat build --format pdf} on one plan: a timed loop, not a test (no timed assertions
 * in tests). Run from the repository root after {@code mvn install}:
 * {@code java -cp <integration-tests test classpath> nl.opmaat.pdf.PdfBuildTiming plan-sources/vo-zuidoost-utrecht [warm-up] [runs]}
 * from {@code engine/pdf} (the plugins are found from there, as in the tests).
 */
public final class PdfBuildTiming {

    private PdfBuildTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path plan = Path.of(args.length > 0 ? args[0] : "plan-sources/vo-zuidoost-utrecht");
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        // The plan's plugin (house style, glossary, rules) from the checkout's plugin jars, as opmaat build picks it.
        var plugins = ShippedPlans.plugins();
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), plugins.ruleProvidersByOrigin());
        long[][] times = new long[4][runs];
        int pages = 0;
        int bytes = 0;
        for (int i = -warmUp; i < runs; i++) {
            long t0 = System.nanoTime();
            LoadedPlan loaded = new PlanReader().read(plan);
            var selection = plugins.select(loaded.plan());
            Theme theme = selection.theme();
            PlanReport report = new RuleRunner(catalogue, Clock.systemUTC()).run(loaded, selection.plugin().orElse(null));
            long t1 = System.nanoTime();
            Document document = new PlanDocumentBuilder(theme, "timing", Optional.empty())
                    .build(loaded, report.findings(), selection.glossary());
            String html = new HtmlPlanWriter(theme).write(document);
            long t2 = System.nanoTime();
            byte[] pdf = new PdfEngine(theme).render(html, document.meta());
            long t3 = System.nanoTime();
            if (i >= 0) {
                times[0][i] = t1 - t0;
                times[1][i] = t2 - t1;
                times[2][i] = t3 - t2;
                times[3][i] = t3 - t0;
            }
            bytes = pdf.length;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
        }
        System.out.printf("%s: %d pages, %d bytes; %d warm-up runs, %d timed runs (ms: median / min / max)%n",
                plan, pages, bytes, warmUp, runs);
        String[] names = {"read + check", "document tree + XHTML", "PDF (openhtmltopdf + PDFBox)", "total"};
        for (int k = 0; k < names.length; k++) {
            long[] sorted = times[k].clone();
            Arrays.sort(sorted);
            System.out.printf("  %-30s %7.1f %7.1f %7.1f%n", names[k], sorted[runs / 2] / 1e6, sorted[0] / 1e6,
                    sorted[runs - 1] / 1e6);
        }
    }
}
