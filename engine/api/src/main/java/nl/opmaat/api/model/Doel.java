package nl.opmaat.api.model;

import java.util.List;

/**
 * A goal; {@code indicator}, {@code nulmeting}, {@code streefwaarde} and {@code jaar} may be null. Baseline and target
 * are kept as written (a number or a phrase).
 *
 * @param index place in the {@code doelen} list, 0-based
 */
public record Doel(int index, String doel, String indicator, String nulmeting, String streefwaarde, Integer jaar,
                   List<SectionRef> paragrafen) {
    public Doel {
        paragrafen = List.copyOf(paragrafen);
    }
}
