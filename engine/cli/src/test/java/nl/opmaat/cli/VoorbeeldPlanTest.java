package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.model.Topic;
import nl.opmaat.api.model.Vaststelling;
import nl.opmaat.core.load.ChapterReader;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.Law;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The voorbeeld plan is the reference for new users and for tests: {@code opmaat check} finds nothing in it. Beside
 * the checker's verdict this test pins the facts that make it complete, so the plan stays complete while the rule
 * catalogue is still growing.
 */
class VoorbeeldPlanTest {

    private static Path dir;
    private static Plan plan;

    @BeforeAll
    static void read() throws Exception {
        dir = CliRun.ROOT.resolve("plan-sources/voorbeeld");
        plan = new PlanReader().read(dir).plan();
    }

    @Test
    void checkFindsNothingAtAnySeverity() throws Exception {
        CliRun run = CliRun.of("check", dir.toString(), "--format", "json", "--fail-on", "advies");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(List.of(), texts(report.path("findings")), "findings in the voorbeeld plan");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, report.path("summary").path("fout").asInt() + report.path("summary").path("waarschuwing").asInt()
                + report.path("summary").path("advies").asInt());
    }

    @Test
    void everyParagraafReferenceResolvesToRealContent() {
        ContentAssessor content = new ContentAssessor(plan.bijlagen());
        List<SectionRef> refs = references();
        assertTrue(refs.size() >= 20, "references found: " + refs.size());
        List<String> problems = new ArrayList<>();
        for (SectionRef ref : refs) {
            Optional<Section> section = resolve(ref);
            if (section.isEmpty()) {
                problems.add(ref + " (" + ref.pointer() + ") does not resolve");
            } else {
                content.emptinessReason(section.get()).ifPresent(reason -> problems.add(ref + ": " + reason));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyChapterSectionHasRealContent() {
        ContentAssessor content = new ContentAssessor(plan.bijlagen());
        assertTrue(plan.chapters().size() >= 6 && plan.chapters().size() <= 8, "6 to 8 chapters");
        List<String> thin = new ArrayList<>();
        for (Chapter chapter : plan.chapters()) {
            for (Section section : chapter.sections()) {
                content.emptinessReason(section).ifPresent(r -> thin.add(section.file() + "#" + section.anchor() + ": " + r));
            }
        }
        assertEquals(List.of(), thin);
    }

    @Test
    void procedureDatesAreCompleteAndInOrder() {
        Vaststelling v = plan.vaststelling();
        LocalDate adoption = v.bestuur();
        assertNotNull(adoption);
        assertTrue(plan.periode().van().getMonth() == Month.AUGUST && plan.periode().van().getDayOfMonth() == 1);
        assertEquals(plan.periode().van().plusYears(4).minusDays(1), plan.periode().tot());
        assertTrue(v.oprInstemming().isBefore(adoption));
        assertEquals(plan.swv().gemeenten(), v.oogo().stream().map(Vaststelling.Oogo::gemeente).toList(), "an OOGO per gemeente");
        v.oogo().forEach(o -> assertTrue(o.datum().isBefore(adoption), o.gemeente()));
        assertFalse(v.overleg().isEmpty());
        v.overleg().forEach(o -> assertTrue(o.datum().isBefore(adoption), o.naam()));
        assertTrue(v.toezendingInspectie().isAfter(adoption)
                && v.toezendingInspectie().isBefore(LocalDate.of(plan.periode().van().getYear(), 5, 1)));
    }

    @Test
    void everyContentRequirementIsFilledIn() {
        for (Topic topic : List.of(plan.basisondersteuning(), plan.schoolondersteuningsprofielen(), plan.dekkendNetwerk(),
                plan.middelen(), plan.terugplaatsing(), plan.resultaten())) {
            assertFalse(topic.paragrafen().isEmpty(), topic.pointer());
        }
        assertTrue(plan.basisondersteuning().afspraken().size() >= 5);
        assertTrue(plan.dekkendNetwerk().voorzieningen().stream().anyMatch(v -> "sbo".equals(v.soort())));
        assertTrue(plan.dekkendNetwerk().voorzieningen().stream().anyMatch(v -> "so".equals(v.soort())));
        assertEquals(List.of("orthopedagoog", "jeugdarts"), plan.tlv().deskundigen());
        assertFalse(plan.tlv().criteria().isEmpty());
        assertNotNull(plan.tlv().looptijd());
        assertNotNull(plan.tlv().categorie());
        assertEquals(6, plan.tlv().beslistermijnWeken());
        assertFalse(plan.tlv().sbo().isEmpty());
        assertEquals("Landelijke Bezwaaradviescommissie toelaatbaarheidsverklaringen", plan.bezwaar().adviescommissie());
        assertEquals(6, plan.bezwaar().termijnWeken());
        assertEquals("Landelijke Geschillencommissie passend onderwijs", plan.geschillen().commissie());
        assertNotNull(plan.ouders().steunpunt());
        assertFalse(plan.ouders().steunpunt().paragrafen().isEmpty());
        assertFalse(plan.vangnet().paragrafen().isEmpty());
        assertEquals("1 februari", plan.vangnet().peildatum());
        assertTrue(plan.bijlagen().size() >= 2);
        plan.bijlagen().forEach(b -> assertTrue(b.present(), b.titel()));
    }

    @Test
    void everyGoalHasIndicatorBaselineTargetAndYear() {
        assertTrue(plan.doelen().size() >= 4);
        for (Doel d : plan.doelen()) {
            assertNotNull(d.indicator(), d.doel());
            assertNotNull(d.nulmeting(), d.doel());
            assertNotNull(d.streefwaarde(), d.doel());
            assertNotNull(d.jaar(), d.doel());
            assertTrue(d.jaar() <= plan.periode().tot().getYear(), d.doel());
        }
    }

    @Test
    void budgetCoversEveryYearOfThePeriodAndAddsUp() {
        List<Integer> years = IntStream.rangeClosed(plan.periode().van().getYear(), plan.periode().tot().getYear()).boxed().toList();
        assertEquals(years, plan.financien().begroting().stream().map(Financien.Begroting::jaar).toList());
        for (Financien.Begroting year : plan.financien().begroting()) {
            assertEquals(year.totaalBaten(), sum(year.baten()), "baten " + year.jaar());
            assertEquals(year.totaalLasten(), sum(year.lasten()), "lasten " + year.jaar());
        }
    }

    @Test
    void reservesAreBelowTheSignalValue() {
        Law law = Law.load();
        Financien.Reserves reserves = plan.financien().reserves();
        BigDecimal share = reserves.totaleBaten().multiply(law.number("reserves.signaleringswaarde-procent"))
                .divide(BigDecimal.valueOf(100));
        BigDecimal signal = share.max(law.number("reserves.minimale-buffer"));
        assertTrue(reserves.bedrag().compareTo(signal) < 0, reserves.bedrag() + " < " + signal);
        assertTrue(reserves.bedrag().compareTo(law.number("reserves.minimale-buffer")) < 0, "below the minimum buffer too");
    }

    private static BigDecimal sum(List<Financien.Post> posts) {
        return posts.stream().map(Financien.Post::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<SectionRef> references() {
        List<SectionRef> out = new ArrayList<>();
        for (Topic t : List.of(plan.basisondersteuning(), plan.schoolondersteuningsprofielen(), plan.dekkendNetwerk(),
                plan.middelen(), plan.terugplaatsing(), plan.resultaten())) {
            out.addAll(t.paragrafen());
        }
        out.addAll(plan.financien().paragrafen());
        out.addAll(plan.tlv().paragrafen());
        out.addAll(plan.tlv().sbo());
        out.addAll(plan.bezwaar().paragrafen());
        out.addAll(plan.geschillen().paragrafen());
        out.addAll(plan.ouders().paragrafen());
        out.addAll(plan.ouders().steunpunt().paragrafen());
        out.addAll(plan.vangnet().paragrafen());
        plan.doelen().forEach(d -> out.addAll(d.paragrafen()));
        return out;
    }

    private static Optional<Section> resolve(SectionRef ref) {
        for (Chapter chapter : plan.chapters()) {
            if (chapter.file().equals(ref.file())) {
                return ref.anchor().isEmpty()
                        ? Optional.of(ChapterReader.wholeFile(chapter, chapter.markdown()))
                        : chapter.sections().stream().filter(s -> s.anchor().equals(ref.anchor())).findFirst();
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.path("file").asText() + ":" + f.path("line").asInt() + " " + f.path("rule").asText()
                + " " + f.path("message").asText()));
        return out;
    }
}
