package nl.opmaat.api.model;

import java.util.List;

/**
 * The toelaatbaarheidsverklaring procedure. Text fields are null when absent.
 *
 * @param beslistermijnWeken decision term in weeks, or null
 * @param sbo                PO: where the route to speciaal basisonderwijs is described
 */
public record Tlv(List<SectionRef> paragrafen, List<String> criteria, List<String> deskundigen, String looptijd,
                  String categorie, Integer beslistermijnWeken, List<SectionRef> sbo) {
    public Tlv {
        paragrafen = List.copyOf(paragrafen);
        criteria = List.copyOf(criteria);
        deskundigen = List.copyOf(deskundigen);
        sbo = List.copyOf(sbo);
    }
}
