package nl.opmaat.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;

/** Real check results for the reporter tests: the shipped plans, and a small hand-made result with awkward text. */
final class Reports {

    /** The repository root, seen from a module's test working directory. */
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final RuleCatalogue CATALOGUE = BuiltInRules.catalogue(Law.load());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private Reports() {
    }

    static List<Path> shippedPlans() {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("plan-sources"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckResult check(Path plan, Severity failOn) {
        PlanChecker checker = new PlanChecker(new PlanReader(), CATALOGUE, new RuleRunner(CATALOGUE, CLOCK));
        return checker.check(List.of(plan), failOn);
    }

    /**
     * One plan with a waived finding, a file-level finding, text with every character the formats must escape, and
     * one unusable plan.
     */
    static CheckResult handMade(Severity failOn) {
        String awkward = "50% van 'de' <begroting> & \"reserve\", zie: a,b\r\nvolgende regel \u0001";
        PlanReport plan = new PlanReport("plannen/test", "SWV Test, \"po\"", List.of(
                new Finding("procedure.periode", Severity.FOUT, new SourcePosition("plan.yaml", 3, 5), awkward,
                        "Los dit op: nu.", null),
                new Finding("procedure.periode", Severity.FOUT, new SourcePosition("plan.yaml", 3, 5), awkward,
                        "Los dit op: nu.", null),
                new Finding("inhoud.vangnet", Severity.FOUT, SourcePosition.ofFile("plan.yaml"), "Geen vangnet.", "",
                        "Bestuur besloot 1-2-2026: volgt in 2027, 100%."),
                new Finding("procedure.toezending-inspectie", Severity.ADVIES,
                        new SourcePosition("hoofdstukken/01 inleiding.md", 7, 0), "Niet verstuurd.", "Verstuur.", null)),
                List.of("inhoud.vangnet", "procedure.periode", "procedure.toezending-inspectie", "procedure.vaststelling"),
                List.of());
        PlanReport broken = PlanReport.unusable("plannen/kapot", List.of(
                new PlanProblem(new SourcePosition("plan.yaml", 2, 1), "Onleesbaar: <tab>.", "Gebruik spaties.")));
        return new CheckResult(List.of(plan, broken), CATALOGUE, failOn);
    }

    static String write(Reporter reporter, CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
