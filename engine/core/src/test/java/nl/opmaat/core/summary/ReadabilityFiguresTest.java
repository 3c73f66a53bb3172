package nl.opmaat.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.PassiveVoiceDetector;
import nl.opmaat.core.readability.MarkdownTextExtractor;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityScore;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.Sentence;
import nl.opmaat.core.readability.SyllableCounter;
import nl.opmaat.core.readability.TextAnalysis;
import nl.opmaat.core.readability.TextSource;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;

/**
 * Keeps the readability figures of the shipped plans current: every chapter, the whole plan and the summary for
 * parents, in {@code docs/leesbaarheid.md} (per chapter) and in a block of {@code README.md} (per plan). Fails when a
 * generated text differs; run with {@code -Dopmaat.regenerate=true} to rewrite them.
 */
class ReadabilityFiguresTest {

    static final Path ROOT = Path.of("../..");
    static final String START = "<!-- leesbaarheid-table:start -->";
    static final String END = "<!-- leesbaarheid-table:end -->";
    static final String REGENERATE = "mvn -q -B -o install -pl engine/core -am -Dtest=ReadabilityFiguresTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopmaat.regenerate=true";
    private static final String HEADER = "| Tekst | Zinnen | Woorden per zin | Zinnen > 15 woorden | Zinnen > 20 woorden "
            + "| Flesch-Douma | Woorden ≥ 4 lettergrepen | Lijdende vorm | Vaktermen zonder uitleg |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private final ReadabilityChecker checker =
            new ReadabilityChecker(ReadabilityThresholds.defaults(), JargonDetector.withBuiltIn(List.of()));
    private final MarkdownTextExtractor chapters = new MarkdownTextExtractor();
    private final ParentSummaryBuilder summaries = new ParentSummaryBuilder(new DefaultTheme(), List.of(), Optional.empty());

    /** The figures of one plan: its chapters, the whole plan, the summary. */
    private record PlanFigures(String name, String swv, List<TextAnalysis> chapters, ReadabilityScore whole,
                               int unexplained, TextAnalysis summary) {
    }

    @Test
    void docsPageMatchesTheShippedPlans() throws Exception {
        List<PlanFigures> plans = figures();
        compareOrRegenerate(ROOT.resolve("docs/leesbaarheid.md"), page(plans), null);
    }

    @Test
    void readmeBlockMatchesTheShippedPlans() throws Exception {
        List<PlanFigures> plans = figures();
        compareOrRegenerate(ROOT.resolve("README.md"), readmeTable(plans), START);
    }

    @Test
    void everySummaryReadsEasierThanItsPlan() throws Exception {
        for (PlanFigures plan : figures()) {
            ReadabilityScore summary = plan.summary().score();
            assertTrue(summary.fleschDouma() > plan.whole().fleschDouma(), plan.name());
            assertTrue(summary.averageSentenceWords() < plan.whole().averageSentenceWords(), plan.name());
        }
    }

    /** Computed once for the three tests: reading six plans and building six summaries takes a while. */
    private static List<PlanFigures> cached;

    private synchronized List<PlanFigures> figures() throws Exception {
        if (cached == null) {
            cached = compute();
        }
        return cached;
    }

    private List<PlanFigures> compute() throws Exception {
        List<PlanFigures> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("plan-sources"))) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted().toList()) {
                LoadedPlan loaded = new PlanReader().read(dir);
                List<TextAnalysis> analyses = new ArrayList<>();
                List<Sentence> all = new ArrayList<>();
                int unexplained = 0;
                for (TextSource chapter : chapters.chapters(loaded.plan())) {
                    TextAnalysis analysis = checker.analyse(chapter);
                    analyses.add(analysis);
                    all.addAll(analysis.sentences());
                    unexplained += analysis.unexplained().size();
                }
                ReadabilityScore whole = ReadabilityScore.of(all, new SyllableCounter(), new PassiveVoiceDetector(),
                        ReadabilityThresholds.defaults().maxParagraphWords());
                TextAnalysis summary = checker.analyse(summaries.build(loaded).text());
                out.add(new PlanFigures(dir.getFileName().toString(), loaded.plan().swv().naam(), analyses, whole,
                        unexplained, summary));
            }
        }
        assertTrue(out.size() >= 6, "shipped plans: " + out.size());
        return out;
    }

    static String page(List<PlanFigures> plans) {
        StringBuilder out = new StringBuilder();
        out.append("# Leesbaarheid van de meegeleverde plannen\n\n");
        out.append("<!-- Gemaakt door ReadabilityFiguresTest; niet met de hand bewerken. Opnieuw maken: ")
                .append(REGENERATE).append(" -->\n\n");
        out.append("De cijfers van `opmaat check --leesbaarheid` voor elk hoofdstuk van de plannen in `plan-sources/`, ")
                .append("voor het hele plan, en voor de samenvatting voor ouders die `opmaat summary` ervan maakt ")
                .append("(hier met alleen de vaste lijst vaktermen; met de begrippen van de huisstijlplugin verschillen ")
                .append("de cijfers van de samenvatting iets, en `ShippedSummariesGateTest` toetst ook die). ")
                .append("Voor taalniveau B1 gelden deze drempels: gemiddeld hoogstens 12 woorden per zin, geen zin ")
                .append("langer dan 20 woorden, Flesch-Douma 65 of hoger, elke vakterm uitgelegd waar die voor het eerst ")
                .append("staat. Kopjes tellen niet als zin. Flesch-Douma = 206,84 − 0,77 × lettergrepen per 100 woorden ")
                .append("− 0,93 × woorden per zin; hoger is makkelijker.\n");
        for (PlanFigures plan : plans) {
            out.append("\n## ").append(plan.name()).append(": ").append(plan.swv()).append("\n\n").append(HEADER);
            for (TextAnalysis chapter : plan.chapters()) {
                out.append(row("`" + chapter.source().name() + "`", chapter.score(), chapter.unexplained().size()));
            }
            out.append(row("**Heel het plan**", plan.whole(), plan.unexplained()));
            out.append(row("**Samenvatting voor ouders**", plan.summary().score(), plan.summary().unexplained().size()));
        }
        return out.toString();
    }

    static String readmeTable(List<PlanFigures> plans) {
        StringBuilder out = new StringBuilder("\n| Plan | Heel het plan: woorden per zin | Flesch-Douma "
                + "| Samenvatting voor ouders: woorden per zin | Flesch-Douma | Langste zin | Vaktermen zonder uitleg |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (PlanFigures plan : plans) {
            ReadabilityScore s = plan.summary().score();
            out.append("| ").append(plan.name()).append(" | ").append(one(plan.whole().averageSentenceWords()))
                    .append(" | ").append(one(plan.whole().fleschDouma())).append(" | ")
                    .append(one(s.averageSentenceWords())).append(" | ").append(one(s.fleschDouma())).append(" | ")
                    .append(s.longestSentence()).append(" | ").append(plan.summary().unexplained().size()).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private static String row(String label, ReadabilityScore s, int unexplained) {
        return "| " + label + " | " + s.sentences() + " | " + one(s.averageSentenceWords()) + " | "
                + percent(s.shareOver15()) + " | " + percent(s.shareOver20()) + " | " + one(s.fleschDouma()) + " | "
                + percent(s.shareLongWords()) + " | " + percent(s.sharePassive()) + " | " + unexplained + " |\n";
    }

    private static String one(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    private static String percent(double share) {
        return Math.round(100 * share) + " %";
    }

    /** Compares a file (or the block after {@code marker} in it) with the generated text; rewrites it when asked. */
    private static void compareOrRegenerate(Path file, String generated, String marker) throws IOException {
        boolean regenerate = Boolean.getBoolean("opmaat.regenerate");
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String current;
        String updated;
        if (marker == null) {
            current = text;
            updated = generated;
        } else {
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            if (start < 0 || end < start) {
                fail(file + " has no block between " + START + " and " + END + "; add both markers where the table belongs");
            }
            current = text.substring(start + START.length(), end);
            updated = text.substring(0, start + START.length()) + generated + text.substring(end);
        }
        String expected = generated;
        if (current.equals(expected)) {
            return;
        }
        if (regenerate) {
            AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8));
            return;
        }
        assertEquals(expected, current, file + " is stale: the shipped plans or the readability checker changed. "
                + "Regenerate it with: " + REGENERATE);
    }
}
