package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opmaat.api.Finding;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped complete plan ({@code plan-sources/voorbeeld}) gives zero findings, and removing one requirement from it
 * gives exactly that requirement's rule id: the catalogue neither misses a gap nor reports one twice under other ids.
 */
class CompletePlanTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld");

    @TempDir
    Path temp;

    private Set<String> ruleIds(Path plan) throws PlanInputException {
        var loaded = new PlanReader().read(plan);
        List<Finding> findings = new RuleRunner(BuiltInRules.catalogue(Law.load()), RuleFixtures.FIXED_CLOCK).run(loaded).findings();
        return findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    private Path copyOfVoorbeeld() throws IOException {
        Path target = temp.resolve("voorbeeld");
        try (Stream<Path> files = Files.walk(VOORBEELD)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(VOORBEELD.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }

    /**
     * Removes the YAML block at {@code path} ({@code tlv/deskundigen}): the line with that key at the right indentation
     * and every more-indented line after it. Works on block-style YAML as the voorbeeld plan is written.
     */
    static List<String> remove(List<String> lines, String path) {
        String[] keys = path.split("/");
        int from = 0;
        int to = lines.size();
        int start = -1;
        for (int depth = 0; depth < keys.length; depth++) {
            String prefix = "  ".repeat(depth) + keys[depth] + ":";
            start = -1;
            for (int i = from; i < to; i++) {
                if (lines.get(i).startsWith(prefix)) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                throw new AssertionError("voorbeeld has no " + path);
            }
            from = start + 1;
            to = endOfBlock(lines, start, depth);
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(lines.subList(to, lines.size()));
        return out;
    }

    private static int endOfBlock(List<String> lines, int start, int depth) {
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > depth * 2)) {
            end++;
        }
        return end;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    @Test
    void theCompletePlanHasNoFindings() throws PlanInputException {
        assertEquals(Set.of(), ruleIds(VOORBEELD));
    }

    // Free-text fields (basisondersteuning.afspraken, tlv.criteria, bezwaar.adviescommissie) are evidence, not
    // requirements: the voorbeeld's chapters describe the same, so removing one of them alone is no gap.
    // RequirementElementsTest covers a sub-element that only a field describes.
    @ParameterizedTest(name = "without {0}: {1}")
    @CsvSource({
        "vaststelling/bestuur, procedure.vaststelling",
        "vaststelling/opr-instemming, procedure.opr-instemming",
        "vaststelling/oogo, procedure.oogo-gemeenten",
        "vaststelling/overleg-samenwerkingsverbanden, procedure.overleg-samenwerkingsverbanden",
        "vaststelling/toezending-inspectie, procedure.toezending-inspectie",
        "basisondersteuning, inhoud.basisondersteuning",
        "schoolondersteuningsprofielen, inhoud.schoolondersteuningsprofielen",
        "dekkend-netwerk, inhoud.dekkend-netwerk",
        "middelen, inhoud.middelen",
        "financien/begroting, inhoud.meerjarenbegroting",
        "tlv/sbo, inhoud.tlv-procedure",
        "tlv/deskundigen, inhoud.tlv-deskundigen",
        "tlv/looptijd, inhoud.tlv-looptijd",
        "tlv/categorie, inhoud.tlv-categorie",
        "terugplaatsing, inhoud.terugplaatsing",
        "bezwaar, inhoud.bezwaar",
        "geschillen, inhoud.geschillen",
        "ouders/paragraaf, inhoud.ouders",
        "ouders/steunpunt, inhoud.ouder-jeugdsteunpunt",
        "vangnet, inhoud.vangnet",
        "resultaten, inhoud.resultaten",
        "doelen, inhoud.doelen",
    })
    void removingARequirementGivesExactlyItsOwnRule(String path, String rule) throws IOException, PlanInputException {
        Path plan = copyOfVoorbeeld();
        Path yaml = plan.resolve("plan.yaml");
        Files.write(yaml, remove(Files.readAllLines(yaml), path));
        assertEquals(Set.of(rule), ruleIds(plan));
    }

    @Test
    void removingAnAnnexFileGivesExactlyInhoudBijlagen() throws IOException, PlanInputException {
        Path plan = copyOfVoorbeeld();
        try (Stream<Path> annexes = Files.list(plan.resolve("bijlagen"))) {
            Path first = annexes.sorted().findFirst().orElseThrow();
            Files.delete(first);
        }
        Set<String> ids = ruleIds(plan);
        assertTrue(ids.contains("inhoud.bijlagen"), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.equals("inhoud.bijlagen") || id.startsWith("inhoud.")),
                "only content that lived in the annex may go with it: " + ids);
    }
}
