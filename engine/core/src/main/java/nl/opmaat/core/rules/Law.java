package nl.opmaat.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * The legal facts the rules depend on (in-force dates, thresholds), read from the one data file
 * {@code wetgeving.properties} that also records their sources. A change in the law is a change of one line there.
 */
public final class Law {

    /** The provision key meaning "in force for every plan this tool checks". */
    public static final String ALWAYS = "altijd";
    private static final String RESOURCE = "/nl/opmaat/core/rules/wetgeving.properties";

    private final Properties facts;

    private Law(Properties facts) {
        this.facts = facts;
    }

    public static Law load() {
        Properties p = new Properties();
        try (InputStream in = Law.class.getResourceAsStream(RESOURCE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The bundled law data " + RESOURCE + " cannot be read", e);
        }
        return new Law(p);
    }

    /** True when {@code key} names a provision in the data file. */
    public boolean knows(String key) {
        return ALWAYS.equals(key) || facts.containsKey(key + ".van");
    }

    /** First day the provision is in force; empty for {@link #ALWAYS} or when the date is not yet known. */
    public Optional<LocalDate> inForceFrom(String key) {
        return date(key + ".van");
    }

    /** Last day the provision is in force; empty while it still is. */
    public Optional<LocalDate> inForceUntil(String key) {
        return date(key + ".tot");
    }

    /** True when the provision has an in-force date (a pending law has none yet). */
    public boolean enacted(String key) {
        return ALWAYS.equals(key) || inForceFrom(key).isPresent();
    }

    /** Where the provision comes from, for the catalogue. */
    public String source(String key) {
        return facts.getProperty(key + ".bron", "");
    }

    /** A numeric threshold, e.g. {@code reserves.signaleringswaarde-procent}. */
    public BigDecimal number(String key) {
        String value = facts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No legal fact " + key + " in " + RESOURCE);
        }
        return new BigDecimal(value.trim());
    }

    private Optional<LocalDate> date(String key) {
        String value = facts.getProperty(key, "").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            throw new UncheckedIOException(new IOException("Bad date for " + key + " in " + RESOURCE + ": " + value));
        }
    }
}
