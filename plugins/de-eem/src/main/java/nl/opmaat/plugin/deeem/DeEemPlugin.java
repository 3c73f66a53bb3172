package nl.opmaat.plugin.deeem;

import org.pf4j.Plugin;

/** The plugin of SWV De Eem. It needs no start or stop work: everything it offers comes through its extensions. */
public final class DeEemPlugin extends Plugin {
}
