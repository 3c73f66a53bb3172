package nl.opmaat.core.document;

import java.time.Instant;
import java.util.Map;

/**
 * What goes on the cover and into the file's metadata.
 *
 * @param title      e.g. "Ondersteuningsplan 2026–2030"
 * @param subtitle   e.g. the SWV's name
 * @param author     the SWV (core property author / dc:creator)
 * @param language   BCP 47, {@code nl-NL}
 * @param status     adoption status line for the cover ("Vastgesteld op 17 april 2026", "Nog niet vastgesteld",
 *                   or for a draft "Concept – nog niet vastgesteld": see {@link CoverText})
 * @param draft      true when the plan has unwaived {@code fout} findings: writers show a "concept" watermark
 * @param timestamp  the fixed document date (adoption date or SOURCE_DATE_EPOCH), never "now": outputs are reproducible
 * @param properties extra custom properties (periode, vaststellingsdatum, opmaat-versie), sorted by key
 */
public record DocumentMeta(String title, String subtitle, String author, String language, String status, boolean draft,
                           Instant timestamp, Map<String, String> properties) {
    /** The draft watermark in every format: 10 % grey, light enough to read the text through. */
    public static final String WATERMARK_GREY = "E6E6E6";

    /** The property {@code soort} of the summary for parents. */
    public static final String PARENT_SUMMARY = "samenvatting voor ouders";

    public DocumentMeta {
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }

    /** True for the summary for parents: writers set it as a folder (larger type, no cover page of its own). */
    public boolean parentSummary() {
        return PARENT_SUMMARY.equals(properties.get("soort"));
    }
}
