package nl.opmaat.plugin.zuidoostutrecht;

import org.pf4j.Plugin;

/** The plugin of SWV VO Zuidoost Utrecht. It needs no start or stop work: everything it offers comes through its extensions. */
public final class ZuidoostUtrechtPlugin extends Plugin {
}
