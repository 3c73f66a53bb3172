package nl.opmaat.api.model;

/** A school board (bestuur) in the SWV; {@code scholen} is null when the plan does not say. */
public record Bestuur(String naam, Integer scholen) {
}
