package nl.opmaat.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Budget and reserves. Amounts are in euro.
 *
 * @param reserves null when the plan gives none
 */
public record Financien(List<SectionRef> paragrafen, List<Begroting> begroting, Reserves reserves) {
    public Financien {
        paragrafen = List.copyOf(paragrafen);
        begroting = List.copyOf(begroting);
    }

    /** The budget of one year; totals are null when not stated. {@code index} is its place in the list. */
    public record Begroting(int index, int jaar, List<Post> baten, List<Post> lasten, BigDecimal totaalBaten,
                            BigDecimal totaalLasten) {
        public Begroting {
            baten = List.copyOf(baten);
            lasten = List.copyOf(lasten);
        }
    }

    /** One budget line. */
    public record Post(String post, BigDecimal bedrag) {
    }

    /** Reserves at a date; every value may be null. */
    public record Reserves(LocalDate peildatum, BigDecimal bedrag, BigDecimal totaleBaten,
                           List<SectionRef> bestedingsplan) {
        public Reserves {
            bestedingsplan = List.copyOf(bestedingsplan);
        }
    }
}
