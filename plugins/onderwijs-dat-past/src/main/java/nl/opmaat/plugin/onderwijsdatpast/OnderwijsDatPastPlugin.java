package nl.opmaat.plugin.onderwijsdatpast;

import org.pf4j.Plugin;

/** The plugin of SWV Onderwijs dat Past. It needs no start or stop work: everything it offers comes through its extensions. */
public final class OnderwijsDatPastPlugin extends Plugin {
}
