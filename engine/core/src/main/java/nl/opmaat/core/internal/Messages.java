package nl.opmaat.core.internal;

import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.opmaat.api.text.DutchFormat;

/**
 * The Dutch message bundle of one package ({@code <package>/messages.properties}). ResourceBundle reads it as UTF-8.
 */
public final class Messages {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle beside {@code type}, loaded through the type's own class loader (plugins have their own). */
    public static Messages forPackageOf(Class<?> type) {
        String name = type.getPackageName() + ".messages";
        // Locale.ROOT control: the Dutch default bundle must win over the JVM's locale.
        ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.ROOT, type.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle);
    }

    /**
     * Message patterns from data in front of {@code fallback}, for rules whose texts come from a data file. Write plain
     * text through {@link #literal(String)}.
     */
    public static Messages overlay(java.util.Map<String, String> patterns, Messages fallback) {
        ResourceBundle bundle = new ResourceBundle() {
            {
                setParent(fallback.bundle);
            }

            @Override
            protected Object handleGetObject(String key) {
                return patterns.get(key);
            }

            @Override
            protected java.util.Set<String> handleKeySet() {
                return patterns.keySet();
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                java.util.Set<String> all = new java.util.TreeSet<>(patterns.keySet());
                all.addAll(fallback.bundle.keySet());
                return java.util.Collections.enumeration(all);
            }
        };
        return new Messages(bundle);
    }

    /** {@code text} as a MessageFormat pattern that prints it as written (apostrophes and braces kept). */
    public static String literal(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message under {@code key} with its placeholders filled; fails loudly on a missing key (a bug, not input). */
    public String format(String key, Object... arguments) {
        try {
            MessageFormat message = new MessageFormat(bundle.getString(key), DUTCH);
            return message.format(dutchArguments(message, arguments));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key + " in " + bundle.getBaseBundleName(), e);
        }
    }

    /**
     * Numbers and dates for plain placeholders, written by {@link DutchFormat}: MessageFormat would group a year
     * ("2.028") and print a date in the JVM's style. Placeholders with their own format ({@code {0,choice,...}},
     * {@code {0,number,...}}) keep the raw value they need.
     */
    private static Object[] dutchArguments(MessageFormat message, Object[] arguments) {
        Format[] formats = message.getFormatsByArgumentIndex();
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            if (plain && out[i] instanceof Number number) {
                out[i] = DutchFormat.number(number);
            } else if (plain && out[i] instanceof LocalDate date) {
                out[i] = DutchFormat.date(date);
            }
        }
        return out;
    }

    /** Like {@link #format} but returns an empty string when the key is absent (optional hints). */
    public String formatOptional(String key, Object... arguments) {
        return has(key) ? format(key, arguments) : "";
    }

    /** All keys of this bundle. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
