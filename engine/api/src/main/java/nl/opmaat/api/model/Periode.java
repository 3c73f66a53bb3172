package nl.opmaat.api.model;

import java.time.LocalDate;

/**
 * The plan period; both ends inclusive. Either date may be null when the plan leaves it out.
 */
public record Periode(LocalDate van, LocalDate tot) {

    /** True when both dates are known and the period shares at least one day with [{@code from}, {@code until}]. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        if (van == null || tot == null) {
            return true;
        }
        return (from == null || !tot.isBefore(from)) && (until == null || !van.isAfter(until));
    }
}
