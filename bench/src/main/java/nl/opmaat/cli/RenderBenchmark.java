package nl.opmaat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.theme.DefaultTheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm render of the largest plan-source per format, through {@link DocumentRenderer} (the one class that names the
 * writers; this benchmark sits in its package for that reason), with the default theme.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class RenderBenchmark {

    @Param({"pdf", "docx", "html"})
    public String format;
    @Param({"vo-zuidoost-utrecht"})
    public String plan;

    private nl.opmaat.core.document.DocumentFormat chosen;
    private Document document;
    private DefaultTheme theme;

    @Setup
    public void setUp() throws Exception {
        chosen = nl.opmaat.core.document.DocumentFormat.valueOf(format);
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        LoadedPlan loaded = new PlanReader().read(Path.of("plan-sources", plan));
        PlanReport report = new RuleRunner(catalogue, Clock.systemDefaultZone()).run(loaded, null);
        theme = new DefaultTheme();
        document = new PlanDocumentBuilder(theme, "bench", Optional.of(Instant.EPOCH))
                .build(loaded, report.findings(), java.util.List.of());
    }

    @Benchmark
    public byte[] render() throws nl.opmaat.core.document.DocumentWriters.RenderFailure {
        return new DocumentRenderer().render(chosen, document, theme);
    }
}
