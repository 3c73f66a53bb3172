package nl.opmaat.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static parts (styles, numbering, settings) are XML resources with {@code ${name}} placeholders. Values come from
 * the theme and document and are XML-escaped; only the names listed as raw are inserted as XML.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private Templates() {
    }

    static String fill(String resource, Map<String, String> values, Map<String, String> rawXml) {
        String template = read(resource);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (rawXml.containsKey(name)) {
                replacement = rawXml.get(name);
            } else if (values.containsKey(name)) {
                replacement = escape(values.get(name));
            } else {
                throw new IllegalStateException("No value for ${" + name + "} in " + resource);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
