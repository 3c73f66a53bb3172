package nl.opmaat.core.rules.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.model.Topic;

/**
 * Where a requirement's key lives in the bound model: its {@code paragraaf} references and its free-text fields. The
 * one place that maps a plan.yaml path to the typed records, so {@code requirements.yaml} can name keys as data.
 */
final class RequirementSubjects {

    private static final Set<String> KEYS = Set.of("basisondersteuning", "schoolondersteuningsprofielen", "dekkend-netwerk",
            "middelen", "tlv", "tlv/sbo", "terugplaatsing", "bezwaar", "geschillen", "ouders", "ouders/steunpunt", "vangnet",
            "resultaten", "lwoo-pro");

    private RequirementSubjects() {
    }

    /**
     * What the plan says under a key.
     *
     * @param references its {@code paragraaf} references (for {@code tlv/sbo}: the value itself)
     * @param fields     field name → its texts (a list field gives one text per item)
     */
    record Subject(List<SectionRef> references, Map<String, List<String>> fields) {
    }

    static boolean knows(String key) {
        return KEYS.contains(key);
    }

    /** The subject under {@code key}, or empty when the plan does not have the key. */
    static Optional<Subject> of(Plan plan, String key) {
        return Optional.ofNullable(switch (key) {
            case "basisondersteuning" -> topic(plan.basisondersteuning());
            case "schoolondersteuningsprofielen" -> topic(plan.schoolondersteuningsprofielen());
            case "dekkend-netwerk" -> topic(plan.dekkendNetwerk());
            case "middelen" -> topic(plan.middelen());
            case "terugplaatsing" -> topic(plan.terugplaatsing());
            case "resultaten" -> topic(plan.resultaten());
            case "lwoo-pro" -> topic(plan.lwooPro());
            case "tlv" -> plan.tlv() == null ? null
                    : new Subject(plan.tlv().paragrafen(), Map.of("criteria", plan.tlv().criteria()));
            case "tlv/sbo" -> plan.tlv() == null || plan.tlv().sbo().isEmpty() ? null
                    : new Subject(plan.tlv().sbo(), Map.of());
            case "bezwaar" -> plan.bezwaar() == null ? null : new Subject(plan.bezwaar().paragrafen(), Map.of(
                    "adviescommissie", optional(plan.bezwaar().adviescommissie()),
                    "termijn-weken", plan.bezwaar().termijnWeken() == null ? List.of()
                            : List.of(plan.bezwaar().termijnWeken() + " weken")));
            case "geschillen" -> plan.geschillen() == null ? null
                    : new Subject(plan.geschillen().paragrafen(), Map.of("commissie", optional(plan.geschillen().commissie())));
            case "ouders" -> plan.ouders() == null ? null : new Subject(plan.ouders().paragrafen(), Map.of());
            case "ouders/steunpunt" -> plan.ouders() == null || plan.ouders().steunpunt() == null ? null
                    : new Subject(plan.ouders().steunpunt().paragrafen(), Map.of("naam", optional(plan.ouders().steunpunt().naam())));
            case "vangnet" -> plan.vangnet() == null ? null : new Subject(plan.vangnet().paragrafen(), Map.of(
                    "peildatum", optional(plan.vangnet().peildatum()), "regeling", optional(plan.vangnet().regeling())));
            default -> throw new IllegalArgumentException("unknown requirement key " + key);
        });
    }

    private static Subject topic(Topic topic) {
        if (topic == null) {
            return null;
        }
        List<String> provisions = new ArrayList<>();
        for (Topic.Voorziening v : topic.voorzieningen()) {
            provisions.add(v.beschrijving() == null ? v.naam() : v.naam() + ": " + v.beschrijving());
        }
        return new Subject(topic.paragrafen(), Map.of("afspraken", topic.afspraken(), "voorzieningen", provisions));
    }

    private static List<String> optional(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
