package nl.opmaat.api.theme;

import java.util.List;
import org.pf4j.ExtensionPoint;

/** Contributes the terms a plugin's plan uses, each with a B1 explanation. */
public interface GlossaryProvider extends ExtensionPoint {

    List<GlossaryTerm> terms();
}
