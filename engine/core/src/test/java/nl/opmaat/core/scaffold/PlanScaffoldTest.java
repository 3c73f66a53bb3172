package nl.opmaat.core.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fresh scaffold must be a readable plan on which {@code opmaat check} lists exactly the to-dos: a finding for each
 * section still to fill and each date left out, and nothing else.
 *
 * <p>The rule catalogue grows in parallel with this test, so the expectations are derived, not hard-coded per finding:
 * each to-do heading of the scaffold names the rule that covers it; every rule that fires must be one of those (or one
 * of the plan.yaml to-dos below); and every such rule that is in the catalogue and applies must fire.
 */
class PlanScaffoldTest {

    /** One reader for all cases: compiling the schema is the slow part of reading a plan. */
    private static final PlanReader READER = new PlanReader();
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    /** The rule that reports each to-do heading while it is unfilled, by "file#anchor". A new heading needs an entry. */
    private static final Map<String, String> HEADING_RULES = Map.ofEntries(
            Map.entry("hoofdstukken/01-resultaten-en-doelen.md#beoogde-en-bereikte-resultaten", "inhoud.resultaten"),
            Map.entry("hoofdstukken/01-resultaten-en-doelen.md#doelen", "inhoud.doelen"),
            Map.entry("hoofdstukken/02-ondersteuning-op-school.md#basisondersteuning", "inhoud.basisondersteuning"),
            Map.entry("hoofdstukken/02-ondersteuning-op-school.md#schoolondersteuningsprofielen", "inhoud.schoolondersteuningsprofielen"),
            Map.entry("hoofdstukken/03-dekkend-netwerk.md#voorzieningen", "inhoud.dekkend-netwerk"),
            Map.entry("hoofdstukken/03-dekkend-netwerk.md#leerwegondersteuning-en-praktijkonderwijs", "inhoud.lwoo-pro"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#de-aanvraag", "inhoud.tlv-procedure"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#criteria", "inhoud.tlv-procedure"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#deskundigen", "inhoud.tlv-deskundigen"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#looptijd", "inhoud.tlv-looptijd"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#bekostigingscategorie", "inhoud.tlv-categorie"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#speciaal-basisonderwijs", "inhoud.tlv-procedure"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#terug-naar-het-regulier-onderwijs", "inhoud.terugplaatsing"),
            Map.entry("hoofdstukken/04-toelaatbaarheid.md#bezwaar", "inhoud.bezwaar"),
            Map.entry("hoofdstukken/05-financien.md#verdeling-van-de-middelen", "inhoud.middelen"),
            Map.entry("hoofdstukken/05-financien.md#meerjarenbegroting", "inhoud.meerjarenbegroting"),
            Map.entry("hoofdstukken/05-financien.md#vangnetbepaling", "inhoud.vangnet"),
            Map.entry("hoofdstukken/06-ouders-en-leerlingen.md#informatie-voor-ouders", "inhoud.ouders"),
            Map.entry("hoofdstukken/06-ouders-en-leerlingen.md#ouder-en-jeugdsteunpunt", "inhoud.ouder-jeugdsteunpunt"),
            Map.entry("hoofdstukken/06-ouders-en-leerlingen.md#klachten-en-geschillen", "inhoud.geschillen"));

    /** The dates and facts plan.yaml leaves out on purpose, each reported by its rule. */
    private static final Set<String> PLAN_YAML_RULES = Set.of("procedure.periode", "procedure.vaststelling",
            "procedure.opr-instemming", "procedure.oogo-gemeenten", "procedure.overleg-samenwerkingsverbanden",
            "procedure.toezending-inspectie");

    /** May fire (the reserves are a to-do in plan.yaml) but need not: without figures there is nothing to judge. */
    private static final Set<String> MAY_FIRE = Set.of("financien.reserves");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Sector.class)
    void checkListsExactlyTheTodos(Sector sector) throws Exception {
        Path dir = scaffold(sector, List.of("Harderwijk", "Ermelo"));
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        LoadedPlan loaded = read(dir);
        PlanReport report = new RuleRunner(catalogue, FIXED).run(loaded);
        assertFalse(report.unusable(), "the scaffold must be a readable plan: " + report.inputProblems());

        Map<String, Section> todoHeadings = todoHeadings(loaded.plan());
        Set<String> allowed = new TreeSet<>(PLAN_YAML_RULES);
        allowed.addAll(MAY_FIRE);
        todoHeadings.keySet().forEach(h -> allowed.add(HEADING_RULES.get(h)));

        List<String> unexpected = new ArrayList<>();
        for (Finding f : report.findings()) {
            boolean inYaml = f.position().file().equals("plan.yaml");
            boolean atTodo = todoHeadings.values().stream().anyMatch(s -> s.position().equals(f.position()));
            if (!allowed.contains(f.ruleId()) || !(inYaml || atTodo)) {
                unexpected.add(f.position() + " " + f.ruleId() + ": " + f.message());
            }
        }
        assertEquals(List.of(), unexpected, "findings on a fresh " + sector + " scaffold that are not one of its to-dos");

        Set<String> fired = report.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> silent = new TreeSet<>();
        for (String rule : allowed) {
            if (report.applied().contains(rule) && !fired.contains(rule) && !MAY_FIRE.contains(rule)) {
                silent.add(rule);
            }
        }
        assertEquals(Set.of(), silent, "rules that apply to the " + sector + " scaffold but do not report its to-do");
        // The procedure rules exist already, so this part of the list is certain.
        assertTrue(fired.containsAll(PLAN_YAML_RULES), "every left-out date is reported: " + fired);
        assertTrue(fired.contains("inhoud.vangnet"), "the vangnet to-do is reported: " + fired);
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void everyHeadingIsAMappedTodoThatTheCheckerReadsAsPlaceholder(Sector sector) throws Exception {
        Plan plan = read(scaffold(sector, List.of("Almere"))).plan();
        ContentAssessor content = new ContentAssessor(plan.bijlagen());
        int headings = 0;
        for (Chapter chapter : plan.chapters()) {
            for (Section section : chapter.sections()) {
                assertTrue(content.emptinessReason(section).isPresent(),
                        section.file() + "#" + section.anchor() + " reads as real content; a to-do must not");
                if (section.level() == 2) {
                    headings++;
                    String key = section.file() + "#" + section.anchor();
                    assertTrue(HEADING_RULES.containsKey(key), "to-do heading without a rule in this test: " + key);
                    assertTrue(section.text().startsWith(PlanScaffold.TODO_MARKER), key + " starts with the to-do marker");
                }
            }
        }
        assertEquals(19, headings, "to-do headings of the " + sector + " scaffold");
    }

    @Test
    void poHasTheSboRouteAndVoHasLwooAndPro() throws Exception {
        Map<String, Section> po = todoHeadings(read(scaffold(Sector.PO, List.of("Almere"))).plan());
        Map<String, Section> vo = todoHeadings(read(scaffold(Sector.VO, List.of("Almere"))).plan());
        assertTrue(po.containsKey("hoofdstukken/04-toelaatbaarheid.md#speciaal-basisonderwijs"));
        assertFalse(po.containsKey("hoofdstukken/03-dekkend-netwerk.md#leerwegondersteuning-en-praktijkonderwijs"));
        assertTrue(vo.containsKey("hoofdstukken/03-dekkend-netwerk.md#leerwegondersteuning-en-praktijkonderwijs"));
        assertFalse(vo.containsKey("hoofdstukken/04-toelaatbaarheid.md#speciaal-basisonderwijs"));
        Plan voPlan = read(scaffold(Sector.VO, List.of("Almere"))).plan();
        assertTrue(voPlan.lwooPro() != null && voPlan.tlv().sbo().isEmpty());
    }

    @Test
    void factsGivenAreBoundAndEveryDateIsLeftOut() throws Exception {
        String naam = "SWV \"Passend\": regio #3 \\ noord";
        Plan plan = read(scaffold(Sector.PO, List.of(" 's-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH): kust", "súdwest-fryslân", ""), naam)).plan();
        assertEquals(naam, plan.swv().naam());
        assertEquals(Sector.PO, plan.swv().sector());
        assertEquals(List.of("'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH): kust"), plan.swv().gemeenten());
        assertEquals(plan.swv().gemeenten(), plan.vaststelling().oogo().stream().map(o -> o.gemeente()).toList());
        assertTrue(plan.vaststelling().oogo().stream().allMatch(o -> o.datum() == null));
        assertEquals(null, plan.periode());
        assertEquals(null, plan.vaststelling().bestuur());
        assertEquals(null, plan.vaststelling().oprInstemming());
        assertEquals(null, plan.vaststelling().toezendingInspectie());
    }

    @Test
    void withoutGemeentenTheScaffoldStillReadsAndAsksForThem() throws Exception {
        LoadedPlan loaded = read(scaffold(Sector.VO, List.of()));
        assertEquals(List.of(), loaded.plan().swv().gemeenten());
        PlanReport report = new RuleRunner(BuiltInRules.catalogue(Law.load()), FIXED).run(loaded);
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("procedure.oogo-gemeenten")
                && f.position().file().equals("plan.yaml")));
    }

    @Test
    void pointsEditorsToThePublishedSchema() {
        String yaml = PlanScaffold.withPublishedSchema().files(new ScaffoldRequest("SWV X", Sector.PO, List.of())).get("plan.yaml");
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=https://opmaat.nl/schema/plan.schema.json\n"), yaml.lines().findFirst().orElse(""));
    }

    @Test
    void sameRequestGivesTheSameFiles() {
        ScaffoldRequest request = new ScaffoldRequest("SWV X", Sector.VO, List.of("Almere", "Lelystad"));
        assertEquals(PlanScaffold.withPublishedSchema().files(request), PlanScaffold.withPublishedSchema().files(request));
    }

    @Test
    void noTemplatePlaceholderOrSectorPrefixSurvives() {
        for (Sector sector : Sector.values()) {
            PlanScaffold.withPublishedSchema().files(new ScaffoldRequest("SWV X", sector, List.of("A"))).forEach((file, text) -> {
                if (text.contains("{{") || text.contains("[po]") || text.contains("[vo]")) {
                    fail(file + " still holds template syntax");
                }
            });
        }
    }

    /** Every level-2 heading of the scaffold, by "file#anchor", in order. */
    private static Map<String, Section> todoHeadings(Plan plan) {
        Map<String, Section> out = new TreeMap<>();
        for (Chapter chapter : plan.chapters()) {
            for (Section section : chapter.sections()) {
                if (section.level() == 2) {
                    out.put(section.file() + "#" + section.anchor(), section);
                }
            }
        }
        return out;
    }

    private Path scaffold(Sector sector, List<String> gemeenten) throws IOException {
        return scaffold(sector, gemeenten, "Samenwerkingsverband Test");
    }

    private Path scaffold(Sector sector, List<String> gemeenten, String naam) throws IOException {
        Path dir = Files.createTempDirectory(temp, "plan");
        for (Map.Entry<String, String> file : PlanScaffold.withPublishedSchema()
                .files(new ScaffoldRequest(naam, sector, gemeenten)).entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static LoadedPlan read(Path dir) {
        try {
            return READER.read(dir);
        } catch (PlanInputException e) {
            throw new AssertionError("the scaffold is not a readable plan: " + e.problems(), e);
        }
    }
}
