package nl.opmaat.core.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running text as a typesetter would set it, for every writer alike: typographic quotes and apostrophes ("TLV's" becomes
 * "TLV’s", "zo'n" becomes "zo’n", straight double quotes become “ and ”), and no line break inside a date, an amount, a
 * percentage or a range of years: "9 februari 2026", "€ 50.000", "3,5 %" and "2026–2030" hold together with no-break
 * spaces, and ranges the writers keep on one line ({@link #UNBREAKABLE_RANGE}).
 *
 * <p>The document tree keeps the author's characters (the readability checks read it); the writers call this on each
 * text run as they write it. Code spans are not typeset.
 */
public final class Typography {

    public static final char NBSP = '\u00A0';
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ") (\\d{4})\\b");
    private static final Pattern EURO = Pattern.compile("€ (?=[-\\d])");
    private static final Pattern UNIT = Pattern.compile("(\\d) (%|euro\\b|procent\\b)");
    /** Two years joined by a dash: "2026–2030", "2026-2027". Writers keep it on one line (HTML: a no-wrap span). */
    public static final Pattern UNBREAKABLE_RANGE = Pattern.compile("\\b\\d{4}[\u2013-]\\d{4}\\b");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L}|\\d)'(?=\\p{L})|(?<![\\p{L}\\d])'(?=s[\\s-])");
    private static final Pattern OPEN_DOUBLE = Pattern.compile("(^|[\\s(\\[\u2013\u2014/])\"");
    private static final Pattern OPEN_SINGLE = Pattern.compile("(^|[\\s(\\[\u2013\u2014/])'(?=\\S)");

    private Typography() {
    }

    /** The text with typographic quotes and no-break spaces; see the class comment. */
    public static String typeset(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String s = quotes(text);
        s = DAY_MONTH.matcher(s).replaceAll("$1" + NBSP + "$2");
        s = MONTH_YEAR.matcher(s).replaceAll("$1" + NBSP + "$2");
        s = EURO.matcher(s).replaceAll("€" + NBSP);
        s = UNIT.matcher(s).replaceAll("$1" + NBSP + "$2");
        return s;
    }

    private static String quotes(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        String s = APOSTROPHE.matcher(text).replaceAll("\u2019");
        s = OPEN_DOUBLE.matcher(s).replaceAll("$1\u201C");
        s = s.replace('"', '\u201D');
        s = OPEN_SINGLE.matcher(s).replaceAll("$1\u2018");
        return s.replace('\'', '\u2019');
    }

    /** True when {@code text} (already typeset) has a run the writer must keep on one line. */
    public static boolean hasUnbreakableRange(String text) {
        return UNBREAKABLE_RANGE.matcher(text).find();
    }

    /** Calls {@code plain} and {@code unbreakable} for the parts of {@code text}, in order. */
    public static void split(String text, java.util.function.Consumer<String> plain,
                             java.util.function.Consumer<String> unbreakable) {
        Matcher m = UNBREAKABLE_RANGE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                plain.accept(text.substring(at, m.start()));
            }
            unbreakable.accept(m.group());
            at = m.end();
        }
        if (at < text.length()) {
            plain.accept(text.substring(at));
        }
    }
}
