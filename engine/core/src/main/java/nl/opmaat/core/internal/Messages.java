package nl.opmaat.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, DUTCH).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key + " in " + bundle.getBaseBundleName(), e);
        }
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
