package nl.opmaat.api.model;

import java.util.List;

/** The vangnetbepaling; {@code peildatum} and {@code regeling} may be null. */
public record Vangnet(List<SectionRef> paragrafen, String peildatum, String regeling) {
    public Vangnet {
        paragrafen = List.copyOf(paragrafen);
    }
}
