package nl.opmaat.core.document;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.rules.readability.B1Rules;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import nl.opmaat.core.theme.DefaultTheme;

/**
 * Fuzzes a chapter's Markdown through everything that reads it: the chapter reader, the rules, the document tree
 * (headings, links, footnotes, tables, images), the B1 checker and, as a parent text, the summary. The property: a Dutch problem or
 * a finding, never another exception. The plan around the chapter is a small fixed one in a temporary folder.
 */
class MarkdownFuzzTest {

    private static final RuleCatalogue CATALOGUE = BuiltInRules.catalogue(Law.load());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final RuleRunner RULES = new RuleRunner(CATALOGUE, CLOCK);
    private static final RuleRunner READABILITY = new RuleRunner(RuleCatalogue.of(Law.load(),
            java.util.Map.of(RuleCatalogue.BUILT_IN, List.of(new BuiltInRules(B1Rules.runningOnChapters())))), CLOCK);
    private static final Path PLAN = plan();
    /** One reader: building the schema validator per input cost more than the rest of the run. */
    private static final PlanReader READER = new PlanReader();

    @FuzzTest
    void chapterToDocumentTree(byte[] input) throws IOException {
        Files.write(PLAN.resolve("hoofdstukken/01-hoofdstuk.md"), input);
        Files.write(PLAN.resolve("ouders/01-voor-ouders.md"), input);
        LoadedPlan loaded;
        try {
            loaded = READER.read(PLAN);
        } catch (PlanInputException e) {
            return; // not UTF-8, or too large: a Dutch problem
        }
        PlanReport report = RULES.run(loaded);
        try {
            new PlanDocumentBuilder(new DefaultTheme(), "fuzz", Optional.empty()).build(loaded, report.findings(), List.of());
        } catch (PlanInputException e) {
            // an image refused or missing: a Dutch problem
        }
        try {
            new ParentSummaryBuilder(new DefaultTheme(), List.of(), Optional.empty()).build(loaded);
        } catch (PlanInputException e) {
            // a table or image in a parent text: a Dutch problem
        }
        // The b1 rules on the chapters: only a summary source may make the plan unusable, and there is none here.
        READABILITY.run(loaded);
    }

    private static Path plan() {
        try {
            Path plan = Files.createTempDirectory("opmaat-fuzz-markdown");
            Files.createDirectories(plan.resolve("hoofdstukken"));
            Files.createDirectories(plan.resolve("ouders"));
            Files.createDirectories(plan.resolve("afbeeldingen"));
            Files.write(plan.resolve("afbeeldingen/a.png"), java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"));
            Files.writeString(plan.resolve("plan.yaml"), """
                    swv: { naam: SWV Fuzz, code: PO 99-99, sector: po, gemeenten: [Almere] }
                    periode: { van: 2026-08-01, tot: 2030-07-31 }
                    hoofdstukken: [hoofdstukken/01-hoofdstuk.md]
                    basisondersteuning: { paragraaf: hoofdstukken/01-hoofdstuk.md#basis }
                    bijlagen: [{ titel: Bijlage, bestand: hoofdstukken/01-hoofdstuk.md }]
                    """);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
