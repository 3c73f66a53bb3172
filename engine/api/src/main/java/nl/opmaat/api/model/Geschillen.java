package nl.opmaat.api.model;

import java.util.List;

/** Complaints and disputes; {@code commissie} may be null. */
public record Geschillen(List<SectionRef> paragrafen, String commissie) {
    public Geschillen {
        paragrafen = List.copyOf(paragrafen);
    }
}
