package nl.opmaat.pdf;

import nl.opmaat.core.io.VisibleText;

/** Escaping for XHTML text, attributes and CSS strings. */
final class Xml {

    private Xml() {
    }

    /**
     * Text or attribute value. Control and bidi characters are made visible ({@link VisibleText}); other characters XML 1.0
     * forbids are dropped (a stray control character must not break the PDF).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c != 0xD && VisibleText.isHidden(c)) {
                        // ESC or a bidi override from the plan: shown in the document, never obeyed by a viewer.
                        out.append("&lt;U+").append(String.format("%04X", c)).append("&gt;");
                    } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A CSS string literal with its quotes. */
    static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** A CSS font-family name, quoted. */
    static String cssFamily(String family) {
        return "'" + family.replace("\\", "").replace("'", "") + "'";
    }
}
