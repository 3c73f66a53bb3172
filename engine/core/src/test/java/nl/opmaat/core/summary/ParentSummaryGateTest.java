package nl.opmaat.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.JargonUse;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityScore;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.Sentence;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate of issue 9: the generated summary of EVERY shipped plan-source has sentences of at most 12 words on average,
 * none over 20, a Flesch-Douma score of at least 65, and every jargon term explained where it first appears.
 */
class ParentSummaryGateTest {

    static final Path PLAN_SOURCES = Path.of("../../plan-sources");

    static Stream<String> shippedPlans() throws IOException {
        try (Stream<Path> dirs = Files.list(PLAN_SOURCES)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 6, "expected the shipped plans, found " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void summaryMeetsTheB1Gate(String name) throws Exception {
        var loaded = new PlanReader().read(PLAN_SOURCES.resolve(name));
        ParentSummary summary = new ParentSummaryBuilder(new DefaultTheme(), List.of(), Optional.empty()).build(loaded);
        ReadabilityChecker checker = new ReadabilityChecker(ReadabilityThresholds.defaults(), JargonDetector.withBuiltIn(List.of()));
        TextAnalysis analysis = checker.analyse(summary.text());
        ReadabilityScore score = analysis.score();
        String report = describe(name, analysis);
        assertTrue(score.sentences() > 30, report);
        assertTrue(score.averageSentenceWords() <= 12, report);
        assertEquals(0, score.sentencesOver20(), report);
        assertTrue(score.fleschDouma() >= 65, report);
        assertEquals(List.of(), analysis.unexplained().stream().map(j -> j.written() + " @ " + j.sentence().text()).toList(),
                report);
    }

    static String describe(String name, TextAnalysis analysis) {
        ReadabilityScore s = analysis.score();
        StringBuilder out = new StringBuilder(String.format("%s: %d sentences, %.1f words/sentence, longest %d, FD %.1f, "
                + "%.0f syllables/100 words%n", name, s.sentences(), s.averageSentenceWords(), s.longestSentence(),
                s.fleschDouma(), s.syllablesPer100Words()));
        for (Sentence sentence : analysis.sentences()) {
            out.append(String.format("  %-9s %2d  %s   [%s]%n", sentence.kind(), sentence.words().size(), sentence.text(),
                    sentence.position()));
        }
        for (JargonUse use : analysis.jargon()) {
            out.append("  jargon ").append(use.written()).append(use.explained() ? " explained" : " NOT EXPLAINED").append('\n');
        }
        return out.toString();
    }
}
