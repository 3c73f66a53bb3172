package nl.opmaat.plugin.zaanstreek;

import org.pf4j.Plugin;

/** The plugin of SWV PO Zaanstreek. It needs no start or stop work: everything it offers comes through its extensions. */
public final class ZaanstreekPlugin extends Plugin {
}
