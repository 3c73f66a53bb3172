package nl.opmaat.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The adoption procedure: each date is null when the plan does not give it.
 *
 * @param bestuur        adoption by the SWV's bestuur
 * @param oprInstemming  consent of the ondersteuningsplanraad
 * @param oogo           OOGO per gemeente
 * @param overleg        consultation with overlapping SWVs of the other sector
 * @param overig         other steps, such as approval by a raad van toezicht
 * @param toezendingInspectie date the plan was sent to the Inspectie
 * @param paragrafen     the plan's own section(s) on how it came about: the generated adoption steps go there
 */
public record Vaststelling(LocalDate bestuur, LocalDate oprInstemming, List<Oogo> oogo, List<Overleg> overleg,
                           List<Stap> overig, LocalDate toezendingInspectie, List<SectionRef> paragrafen) {
    public Vaststelling {
        paragrafen = List.copyOf(paragrafen);
        oogo = List.copyOf(oogo);
        overleg = List.copyOf(overleg);
        overig = List.copyOf(overig);
    }

    /** One OOGO; {@code datum} is null when undated. */
    public record Oogo(String gemeente, LocalDate datum) {
    }

    /** Consultation with another SWV; {@code datum} may be null. */
    public record Overleg(String naam, LocalDate datum) {
    }

    /** Another procedural step; {@code datum} may be null. */
    public record Stap(String orgaan, String handeling, LocalDate datum) {
    }
}
