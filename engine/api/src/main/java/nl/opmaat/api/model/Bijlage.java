package nl.opmaat.api.model;

/**
 * An annex the plan announces; {@code bestand} is null when it is announced but not included.
 *
 * @param index   place in the {@code bijlagen} list, 0-based
 * @param present true when {@code bestand} names a file that exists in the plan directory
 */
public record Bijlage(int index, String titel, String bestand, boolean present) {
}
