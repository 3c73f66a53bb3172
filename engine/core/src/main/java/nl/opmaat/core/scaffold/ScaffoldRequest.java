package nl.opmaat.core.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.opmaat.api.Sector;

/**
 * What {@code opmaat init} needs to know to start a plan: the SWV's name, its sector and the gemeenten of its region.
 * Names are trimmed; blank and repeated gemeenten are dropped (compared without case), the order is kept.
 */
public record ScaffoldRequest(String swvNaam, Sector sector, List<String> gemeenten) {

    public ScaffoldRequest {
        Objects.requireNonNull(sector, "sector");
        swvNaam = swvNaam == null ? "" : swvNaam.strip();
        List<String> unique = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String gemeente : gemeenten == null ? List.<String>of() : gemeenten) {
            String name = gemeente == null ? "" : gemeente.strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.contains(key)) {
                seen.add(key);
                unique.add(name);
            }
        }
        gemeenten = List.copyOf(unique);
    }
}
