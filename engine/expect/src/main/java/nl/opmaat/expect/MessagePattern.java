package nl.opmaat.expect;

import java.util.regex.Pattern;

/**
 * Whether a formatted message came from a {@link java.text.MessageFormat} pattern: the literal text must match and
 * every argument ({@code {0}}, {@code {1,number}}, ...) may be anything. Quotes follow MessageFormat: {@code ''} is an
 * apostrophe and text between single quotes is literal.
 */
final class MessagePattern {

    private MessagePattern() {
    }

    static boolean matches(String messageFormatPattern, String message) {
        return Pattern.compile(toRegex(messageFormatPattern), Pattern.DOTALL).matcher(message).matches();
    }

    static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int depth = 1;
                while (depth > 0 && ++i < pattern.length()) {
                    depth += pattern.charAt(i) == '{' ? 1 : pattern.charAt(i) == '}' ? -1 : 0;
                }
                regex.append(Pattern.quote(literal.toString())).append(".*?");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }
}
