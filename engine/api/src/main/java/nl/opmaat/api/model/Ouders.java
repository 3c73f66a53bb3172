package nl.opmaat.api.model;

import java.util.List;

/** How parents are informed; {@code steunpunt} is null when the plan names no ouder- en jeugdsteunpunt. */
public record Ouders(List<SectionRef> paragrafen, Steunpunt steunpunt) {
    public Ouders {
        paragrafen = List.copyOf(paragrafen);
    }

    /** The ouder- en jeugdsteunpunt; contact fields may be null. */
    public record Steunpunt(String naam, List<SectionRef> paragrafen, String website, String telefoon, String email) {
        public Steunpunt {
            paragrafen = List.copyOf(paragrafen);
        }
    }
}
