package nl.opmaat.core.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts the way a Dutch reader expects them: "17 april 2026", "3.200.000". */
public final class DutchFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private DutchFormat() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Whole euros without decimals, cents with two; thousands grouped with a dot. */
    public static String amount(BigDecimal amount) {
        // A fresh format per call: DecimalFormat is not thread-safe.
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DUTCH));
        if (amount.stripTrailingZeros().scale() > 0) {
            format.setMinimumFractionDigits(2);
        }
        return format.format(amount);
    }
}
