package nl.opmaat.api.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every number and date a person reads, written the Dutch way: years plain ("2028"), school years "2026-2027", amounts
 * "€ 13.905.000" (negative "€ -25.000"), percentages "3,5 %", counts grouped from 10.000 ("9500", "12.400"), dates
 * written out ("1 augustus 2026").
 *
 * <p>The one formatter for messages, hints, documents and summaries, in the api so plugin rules write their numbers
 * the same way. Hand the result to MessageFormat as a string: a number given to a plain {@code {0}} gets MessageFormat's
 * own grouping, which writes the year 2028 as "2.028". Spaces are ordinary spaces; the document writers make the ones
 * inside an amount or a date non-breaking.
 */
public final class DutchFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    /** Dutch style groups a whole number only from five digits: 9500 but 12.400. */
    private static final BigDecimal GROUP_FROM = BigDecimal.valueOf(10_000);

    private DutchFormat() {
    }

    /** "1 augustus 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A calendar year, never grouped: "2028". */
    public static String year(int year) {
        return Integer.toString(year);
    }

    /** The school year that starts in August of {@code startYear}: "2026-2027". */
    public static String schoolYear(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** An amount in euros: "€ 13.905.000", "€ 1.250,50", "€ -25.000". */
    public static String euro(BigDecimal amount) {
        return "€ " + amount(amount);
    }

    /**
     * An amount without the euro sign, for a table whose caption says the unit: "13.905.000", "1.250,50", "-25.000".
     * Whole euros without decimals, cents with two; thousands always grouped, so the amounts in a column line up.
     */
    public static String amount(BigDecimal amount) {
        DecimalFormat format = decimalFormat("#,##0.##");
        if (amount.stripTrailingZeros().scale() > 0) {
            format.setMinimumFractionDigits(2);
        }
        return format.format(amount);
    }

    /** "3,5 %", "12 %": at most two decimals, a space before the sign (Taalunie). */
    public static String percentage(BigDecimal percentage) {
        return number(percentage) + " %";
    }

    /** A count or measurement: grouped from 10.000, decimals with a comma, at most two ("9500", "12.400", "15,5"). */
    public static String number(BigDecimal value) {
        boolean group = value.abs().compareTo(GROUP_FROM) >= 0;
        return decimalFormat(group ? "#,##0.##" : "0.##").format(value);
    }

    /** @see #number(BigDecimal) */
    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** @see #number(BigDecimal) */
    public static String number(double value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A number of any Java type, the way {@link #number(BigDecimal)} writes it. */
    public static String number(Number value) {
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return number(value.doubleValue());
        }
        return number(new BigDecimal(value.toString()));
    }

    private static DecimalFormat decimalFormat(String pattern) {
        // A fresh format per call: DecimalFormat is not thread-safe.
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DUTCH));
        format.setParseBigDecimal(true);
        return format;
    }
}
