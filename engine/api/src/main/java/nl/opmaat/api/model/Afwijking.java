package nl.opmaat.api.model;

import java.time.LocalDate;

/**
 * A deliberate deviation from a rule (waiver); {@code door} and {@code tot} may be null.
 *
 * @param index place in the {@code afwijkingen} list, 0-based
 */
public record Afwijking(int index, String regel, String reden, String door, LocalDate tot) {
}
