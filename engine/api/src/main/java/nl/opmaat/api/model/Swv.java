package nl.opmaat.api.model;

import java.util.List;
import nl.opmaat.api.Sector;

/**
 * The samenwerkingsverband passend onderwijs.
 *
 * @param code       registry code such as {@code PO 22-02}, or null
 * @param plugin     id of the house-style plugin, or null
 * @param kengetallen key figures, or null
 * @param contact    contact details, or null
 */
public record Swv(String naam, String code, Sector sector, String plugin, List<String> gemeenten,
                  List<Bestuur> besturen, Kengetallen kengetallen, Contact contact) {
    public Swv {
        gemeenten = List.copyOf(gemeenten);
        besturen = List.copyOf(besturen);
    }
}
