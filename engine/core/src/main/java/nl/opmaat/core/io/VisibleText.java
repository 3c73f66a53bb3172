package nl.opmaat.core.io;

/**
 * Makes invisible control characters visible before text the plan wrote reaches a terminal, a CI log or a document.
 * An ESC in a plan could otherwise recolour or rewrite a terminal line, and a right-to-left override (U+202E) could
 * make a finding read as something else ("Trojan Source"). Each such character becomes {@code <U+202E>}; tabs and
 * line ends stay (a Windows editor writes CR LF; each format escapes them its own way).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** True for C0/C1 controls (but tab, line feed and carriage return), DEL, and the bidi and line-separator controls. */
    public static boolean isHidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

    /** {@code text} with every {@linkplain #isHidden hidden} character written as {@code <U+XXXX>}. */
    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(VisibleText::isHidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
