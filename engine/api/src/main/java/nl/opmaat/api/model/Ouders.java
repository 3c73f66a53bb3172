package nl.opmaat.api.model;

import java.util.List;

/** How parents are informed; {@code steunpunt} is null when the plan names no ouder- en jeugdsteunpunt. */
public record Ouders(List<SectionRef> paragrafen, Steunpunt steunpunt) {
    public Ouders {
        paragrafen = List.copyOf(paragrafen);
    }

    /**
     * The ouder- en jeugdsteunpunt; contact fields may be null, and so may {@code status} when the plan does not say
     * whether the steunpunt already works (see {@link #isPlanned()}).
     */
    public record Steunpunt(String naam, List<SectionRef> paragrafen, String website, String telefoon, String email,
            Status status) {
        public Steunpunt {
            paragrafen = List.copyOf(paragrafen);
        }

        /** Whether the plan says the steunpunt is only being prepared ({@code status: gepland}). */
        public boolean isPlanned() {
            return status == Status.GEPLAND;
        }

        /** Whether parents can reach the steunpunt by a website, telephone number or e-mail address. */
        public boolean isReachable() {
            return website != null || telefoon != null || email != null;
        }

        /** Whether the steunpunt already works for parents ({@code actief}) or is still being set up ({@code gepland}). */
        public enum Status {
            GEPLAND, ACTIEF;

            /** The lower-case key used in {@code plan.yaml}. */
            public String label() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }
}
