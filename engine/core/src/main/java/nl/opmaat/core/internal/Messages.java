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
