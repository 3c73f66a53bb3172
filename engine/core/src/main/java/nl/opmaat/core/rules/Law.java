package nl.opmaat.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    /** The {@code .van} of a law that is not in force yet (its date is not known): no plan falls under it. */
    public static final String PENDING = "nog-niet";
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
        return of(p);
    }

    /**
     * The facts, checked: every {@code .van} and {@code .tot} is an ISO date ({@code .van} may be {@value #PENDING}).
     * An empty date fails here, loudly: read as "no start date" it would put every plan under the provision.
     */
    static Law of(Properties facts) {
        for (String key : new java.util.TreeSet<>(facts.stringPropertyNames())) {
            String value = facts.getProperty(key).trim();
            boolean from = key.endsWith(".van");
            if (!from && !key.endsWith(".tot")) {
                continue;
            }
            if (value.isEmpty()) {
                throw new IllegalStateException(key + " is empty in " + RESOURCE + ": write the date the provision "
                        + (from ? "comes into force (yyyy-mm-dd), or " + PENDING + " for a law not in force yet"
                        : "ends (yyyy-mm-dd), or remove the line while it is in force"));
            }
            if (!(from && PENDING.equals(value))) {
                try {
                    LocalDate.parse(value);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalStateException("Bad date for " + key + " in " + RESOURCE + ": " + value, e);
                }
            }
        }
        return new Law(facts);
    }

    /** True when {@code key} names a provision in the data file. */
    public boolean knows(String key) {
        return ALWAYS.equals(key) || facts.containsKey(key + ".van");
    }

    /** First day the provision is in force; empty for {@link #ALWAYS} and for a {@link #PENDING} law. */
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

    /** A date {@link #of} checked; absent for a missing key and for {@value #PENDING}. */
    private Optional<LocalDate> date(String key) {
        String value = facts.getProperty(key, "").trim();
        return value.isEmpty() || PENDING.equals(value) ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }
}
