package nl.opmaat.serve;

import nl.opmaat.core.io.VisibleText;

/** Text for the preview's own HTML: escaped, with hidden controls made visible as the reports do. */
final class Html {

    private Html() {
    }

    static String text(String text) {
        String visible = VisibleText.of(text == null ? "" : text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
