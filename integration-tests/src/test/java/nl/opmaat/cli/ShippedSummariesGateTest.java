package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityScore;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.Sentence;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate of issue 9 as users get it: the summary of every shipped plan, built with the theme and glossary of the
 * plugin that serves it (loaded from this checkout's jars through pf4j), meets B1: sentences of at most 12 words on
 * average, none over 20, Flesch-Douma at least 65, and every term of the built-in list and of the glossary explained.
 */
class ShippedSummariesGateTest {

    private static InstalledPlugins plugins;

    @BeforeAll
    static void loadThePlugins() {
        plugins = new PluginLoader(false, null)
                .load(List.of(new PluginDirectories.Source(CliRun.ROOT.resolve("plugins"), true, true)));
        assertTrue(plugins.plugins().size() >= 5, "the shipped plugins are built before the CLI tests");
    }

    static Stream<String> shippedPlans() throws IOException {
        try (Stream<Path> dirs = Files.list(CliRun.ROOT.resolve("plan-sources"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void summaryWithThePlansPluginMeetsTheB1Gate(String name) throws Exception {
        LoadedPlan loaded = new PlanReader().read(Path.of(CliRun.plan(name)));
        PluginSelection selection = plugins.select(loaded.plan());
        var summary = new ParentSummaryBuilder(selection.theme(), selection.glossary(), Optional.empty()).build(loaded);
        TextAnalysis analysis = new ReadabilityChecker(ReadabilityThresholds.defaults(),
                JargonDetector.withBuiltIn(selection.glossary())).analyse(summary.text());
        ReadabilityScore score = analysis.score();
        String report = describe(name, selection, analysis);
        assertTrue(score.averageSentenceWords() <= 12, report);
        assertEquals(0, score.sentencesOver20(), report);
        assertTrue(score.fleschDouma() >= 65, report);
        assertEquals(List.of(), analysis.unexplained().stream().map(u -> u.written()).toList(), report);
    }

    private static String describe(String name, PluginSelection selection, TextAnalysis analysis) {
        ReadabilityScore s = analysis.score();
        StringBuilder out = new StringBuilder(String.format("%s (plugin %s): %.1f words/sentence, longest %d, FD %.1f%n",
                name, selection.plugin().orElse("-"), s.averageSentenceWords(), s.longestSentence(), s.fleschDouma()));
        for (Sentence sentence : analysis.sentences()) {
            out.append(String.format("  %2d  %s%n", sentence.words().size(), sentence.text()));
        }
        analysis.unexplained().forEach(u -> out.append("  NOT EXPLAINED: ").append(u.written()).append('\n'));
        return out.toString();
    }
}
