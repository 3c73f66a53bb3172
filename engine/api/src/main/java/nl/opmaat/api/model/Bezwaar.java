package nl.opmaat.api.model;

import java.util.List;

/** Objection against a TLV decision; {@code adviescommissie} and {@code termijnWeken} may be null. */
public record Bezwaar(List<SectionRef> paragrafen, String adviescommissie, Integer termijnWeken) {
    public Bezwaar {
        paragrafen = List.copyOf(paragrafen);
    }
}
