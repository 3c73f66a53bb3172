package nl.opmaat.core.document;

import java.time.LocalDate;
import java.util.Locale;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;

/**
 * The status and period lines of a cover, the same for the plan and its summary. A draft says "Concept – nog niet
 * vastgesteld" and never also an adoption date (a plan with open errors is not adopted as it stands); dates are
 * written out ("1 augustus 2026 – 31 juli 2030"), never ISO.
 */
public final class CoverText {

    private CoverText() {
    }

    /** "Vastgesteld op 17 april 2026", "Nog niet vastgesteld", or for a draft "Concept – nog niet vastgesteld". */
    public static String status(Theme theme, LocalDate adopted, boolean draft) {
        String notAdopted = theme.term(DocumentTerm.NIET_VASTGESTELD);
        if (draft) {
            return theme.term(DocumentTerm.CONCEPT) + " \u2013 " + notAdopted.substring(0, 1).toLowerCase(Locale.ROOT)
                    + notAdopted.substring(1);
        }
        return adopted == null ? notAdopted
                : theme.term(DocumentTerm.VASTGESTELD_OP) + " " + DutchFormat.date(adopted);
    }

    /** The status line a writer puts on the cover: for a draft always the concept line, whatever the meta says. */
    public static String statusLine(DocumentMeta meta, Theme theme) {
        return meta.draft() ? status(theme, null, true) : meta.status();
    }

    /** "1 augustus 2026 – 31 juli 2030"; a missing end is "?"; null when the plan gives no period at all. */
    public static String period(Periode periode) {
        if (periode == null || (periode.van() == null && periode.tot() == null)) {
            return null;
        }
        return (periode.van() == null ? "?" : DutchFormat.date(periode.van())) + " \u2013 "
                + (periode.tot() == null ? "?" : DutchFormat.date(periode.tot()));
    }
}
