package nl.opmaat.api;

import java.util.Locale;

/** The sector of a samenwerkingsverband: primair (po) or voortgezet (vo) onderwijs. */
public enum Sector {
    PO, VO;

    /** The lower-case key used in {@code plan.yaml}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
