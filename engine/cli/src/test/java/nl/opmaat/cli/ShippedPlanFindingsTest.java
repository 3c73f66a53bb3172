package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings an inspector would raise on each real plan (as listed under "Verwachte bevindingen" in its BRON.md),
 * and none it does not deserve: e.g. no vangnet for the 2018–2022 plan, no date-order finding where dates are absent.
 */
class ShippedPlanFindingsTest {

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("de-eem",
                        Set.of("procedure.periode", "procedure.vaststelling", "procedure.opr-instemming", "procedure.oogo-gemeenten",
                                "procedure.overleg-samenwerkingsverbanden", "procedure.toezending-inspectie",
                                "inhoud.schoolondersteuningsprofielen", "inhoud.middelen", "inhoud.meerjarenbegroting",
                                "inhoud.tlv-procedure", "inhoud.tlv-deskundigen", "inhoud.tlv-looptijd", "inhoud.tlv-categorie",
                                "inhoud.bezwaar", "inhoud.geschillen", "inhoud.vangnet", "inhoud.doelen", "inhoud.bijlagen"),
                        Set.of("inhoud.dekkend-netwerk", "inhoud.ouders", "inhoud.ouder-jeugdsteunpunt", "inhoud.lwoo-pro",
                                "financien.begroting-sluit", "financien.reserves", "procedure.opr-voor-vaststelling",
                                "procedure.oogo-voor-vaststelling")),
                Arguments.of("po-22-02-emmen",
                        Set.of("procedure.oogo-gemeenten", "procedure.toezending-inspectie", "inhoud.schoolondersteuningsprofielen",
                                "inhoud.meerjarenbegroting", "inhoud.tlv-deskundigen", "inhoud.tlv-categorie", "inhoud.bezwaar",
                                "inhoud.vangnet", "inhoud.doelen", "inhoud.bijlagen"),
                        Set.of("procedure.periode", "procedure.vaststelling", "procedure.opr-instemming",
                                "procedure.opr-voor-vaststelling", "procedure.oogo-voor-vaststelling", "inhoud.dekkend-netwerk",
                                "inhoud.middelen", "inhoud.geschillen", "inhoud.ouders", "inhoud.ouder-jeugdsteunpunt",
                                "inhoud.resultaten", "inhoud.lwoo-pro", "financien.begroting-sluit")),
                Arguments.of("zaanstreek",
                        Set.of("procedure.vaststelling", "procedure.opr-instemming", "procedure.oogo-gemeenten",
                                "procedure.toezending-inspectie", "inhoud.meerjarenbegroting", "inhoud.tlv-procedure",
                                "inhoud.tlv-deskundigen", "inhoud.tlv-looptijd", "inhoud.tlv-categorie", "inhoud.bezwaar",
                                "inhoud.geschillen", "inhoud.vangnet", "inhoud.doelen", "inhoud.bijlagen"),
                        Set.of("procedure.periode", "inhoud.basisondersteuning", "inhoud.schoolondersteuningsprofielen",
                                "inhoud.dekkend-netwerk", "inhoud.middelen", "inhoud.ouders", "inhoud.ouder-jeugdsteunpunt",
                                "inhoud.lwoo-pro", "financien.begroting-sluit", "financien.reserves")),
                Arguments.of("vo-zuidoost-utrecht",
                        Set.of("procedure.opr-voor-vaststelling", "procedure.oogo-voor-vaststelling", "inhoud.meerjarenbegroting",
                                "inhoud.tlv-deskundigen", "inhoud.bijlagen", "inhoud.doelen", "procedure.toezending-inspectie"),
                        Set.of("inhoud.vangnet", "inhoud.ouder-jeugdsteunpunt", "procedure.periode", "procedure.vaststelling",
                                "procedure.opr-instemming", "procedure.oogo-gemeenten", "financien.begroting-sluit",
                                "financien.reserves")),
                Arguments.of("onderwijs-dat-past",
                        Set.of("procedure.vaststelling", "procedure.opr-instemming", "procedure.oogo-gemeenten",
                                "procedure.overleg-samenwerkingsverbanden", "procedure.toezending-inspectie",
                                "inhoud.meerjarenbegroting", "inhoud.tlv-procedure", "inhoud.tlv-deskundigen",
                                "inhoud.tlv-looptijd", "inhoud.tlv-categorie", "inhoud.bezwaar", "inhoud.geschillen",
                                "inhoud.ouder-jeugdsteunpunt", "inhoud.doelen"),
                        Set.of("procedure.periode", "inhoud.basisondersteuning", "inhoud.schoolondersteuningsprofielen",
                                "inhoud.dekkend-netwerk", "inhoud.middelen", "inhoud.terugplaatsing", "inhoud.ouders",
                                "inhoud.vangnet", "inhoud.resultaten", "inhoud.lwoo-pro", "inhoud.bijlagen",
                                "financien.reserves", "financien.begroting-sluit")),
                Arguments.of("voorbeeld", Set.of(), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void reportsWhatAnInspectorWouldRaiseAndNothingUndeserved(String plan, Set<String> mustFire, Set<String> mustNotFire)
            throws IOException {
        CliRun run = CliRun.of("check", CliRun.plan(plan), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        Set<String> fired = new TreeSet<>();
        report.path("findings").forEach(f -> fired.add(f.path("rule").asText()));
        assertEquals(mustFire.isEmpty() ? 0 : 1, run.exitCode(), run.err());
        for (String rule : mustFire) {
            assertTrue(fired.contains(rule), plan + " should get " + rule + "; got " + fired);
        }
        for (String rule : mustNotFire) {
            assertTrue(!fired.contains(rule), plan + " does not deserve " + rule);
        }
        if (mustFire.isEmpty()) {
            assertEquals(Set.of(), fired);
        }
    }
}
