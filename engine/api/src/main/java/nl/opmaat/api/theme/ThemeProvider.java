package nl.opmaat.api.theme;

import java.util.List;
import org.pf4j.ExtensionPoint;

/** Contributes the house style of the SWV(s) a plugin serves. */
public interface ThemeProvider extends ExtensionPoint {

    Theme theme();

    /**
     * SWV registry codes this plugin serves ({@code PO 22-02}); a plan whose {@code swv.code} matches, and that names no
     * {@code swv.plugin}, gets this theme. Matching ignores case and spaces.
     */
    default List<String> swvCodes() {
        return List.of();
    }
}
