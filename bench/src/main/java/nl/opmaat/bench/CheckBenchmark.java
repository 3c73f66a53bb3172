package nl.opmaat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The check of a warm JVM (built-in rules, as {@code opmaat check} without plugins): per shipped plan, and a synthetic
 * corpus of 150 plans in one call (parallel on the available cores). Run from the repository root (bench/README.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

    static PlanChecker checker() {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        return new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, Clock.systemDefaultZone()));
    }

    @State(Scope.Benchmark)
    public static class OnePlan {
        @Param({"voorbeeld", "po-22-02-emmen", "de-eem", "zaanstreek", "onderwijs-dat-past", "vo-zuidoost-utrecht"})
        public String plan;
        Path folder;
        PlanChecker checker;

        @Setup
        public void setUp() {
            folder = Path.of("plan-sources", plan);
            checker = checker();
        }
    }

    @Benchmark
    public PlanReport checkOnePlan(OnePlan state) {
        return state.checker.check(state.folder);
    }

    @State(Scope.Benchmark)
    public static class Corpus {
        @Param({"150"})
        public int plans;
        Path folder;
        List<Path> folders;
        PlanChecker checker;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("opmaat-corpus");
            folders = SyntheticCorpus.write(SyntheticCorpus.planSources(Path.of("plan-sources")), folder, plans);
            checker = checker();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Benchmark
    public CheckResult checkCorpus(Corpus state) {
        return state.checker.check(state.folders, Severity.FOUT);
    }
}
