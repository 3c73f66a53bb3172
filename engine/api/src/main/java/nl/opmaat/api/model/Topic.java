package nl.opmaat.api.model;

import java.util.List;

/**
 * A content requirement the plan treats in its chapters: where (paragrafen), plus concrete commitments and provisions.
 *
 * @param pointer JSON pointer of the topic in {@code plan.yaml}
 */
public record Topic(String pointer, List<SectionRef> paragrafen, List<String> afspraken,
                    List<Voorziening> voorzieningen) {
    public Topic {
        paragrafen = List.copyOf(paragrafen);
        afspraken = List.copyOf(afspraken);
        voorzieningen = List.copyOf(voorzieningen);
    }

    /** A provision of the network; {@code soort}, {@code beschrijving} and {@code plaatsen} may be null. */
    public record Voorziening(String naam, String soort, String beschrijving, Integer plaatsen) {
    }
}
