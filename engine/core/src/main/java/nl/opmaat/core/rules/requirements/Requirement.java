package nl.opmaat.core.rules.requirements;

import java.util.List;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;

/**
 * One legal element the plan must describe in its own text, as listed in {@code requirements.yaml}.
 *
 * @param key         the plan.yaml path of the element ({@code tlv}, {@code ouders/steunpunt}); its {@code paragraaf}
 *                    points at the text
 * @param fields      free-text fields under {@code key} whose values count as evidence too
 * @param subject     Dutch noun phrase for messages ("de vangnetbepaling")
 * @param topic       a referenced section that contains none of these terms is about something else
 * @param sharesWith  topics whose sections may describe this element too (the SOP inside the basisondersteuning)
 * @param elements    the sub-elements the law asks for
 */
record Requirement(String id, String key, List<String> fields, Severity severity, List<String> legalBasis,
                   String inForce, List<Sector> sectors, String title, String explanation, String missing,
                   String missingHint, String subject, List<Term> topic, List<String> sharesWith,
                   List<Element> elements) {

    Requirement {
        sharesWith = List.copyOf(sharesWith);
        fields = List.copyOf(fields);
        legalBasis = List.copyOf(legalBasis);
        sectors = List.copyOf(sectors);
        topic = List.copyOf(topic);
        elements = List.copyOf(elements);
    }

    /** The JSON pointer of the key: {@code ouders/steunpunt} → {@code /ouders/steunpunt}. */
    String pointer() {
        return "/" + key;
    }

    /**
     * A sub-element and its evidence.
     *
     * @param key     other references that hold this sub-element ({@code tlv/sbo}), or null for the requirement's own
     * @param sectors the sectors it applies to
     * @param min     distinct terms needed to count as described; fewer (but at least one) is thin
     * @param example a Dutch sentence that describes it (documentation, and input for the tests)
     */
    record Element(String id, String description, List<Term> evidence, int min, String key, List<Sector> sectors,
                   String example) {
        Element {
            evidence = List.copyOf(evidence);
            sectors = List.copyOf(sectors);
        }
    }
}
