package nl.opmaat.plugin.emmen;

import org.pf4j.Plugin;

/** The plugin of SWV PO 22-02 (Emmen en Borger-Odoorn). It needs no start or stop work: everything it offers comes through its extensions. */
public final class EmmenPlugin extends Plugin {
}
