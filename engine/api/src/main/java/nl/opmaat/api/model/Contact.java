package nl.opmaat.api.model;

/** How parents and schools reach the SWV; every field may be null. */
public record Contact(String adres, String telefoon, String email, String website) {
}
