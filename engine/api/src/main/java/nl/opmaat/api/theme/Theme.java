package nl.opmaat.api.theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The house style of one SWV: what the PDF, HTML and DOCX writers take from a plugin. The built-in default theme
 * implements it too. Everything here is data; writers put no fonts or colours of their own in their output.
 */
public interface Theme {

    /** The plugin id (kebab-case), or {@code standaard} for the built-in theme. */
    String id();

    /** A name for people, e.g. "Huisstijl SWV De Eem". */
    String name();

    /** CSS added after the engine's base stylesheet for HTML and PDF (CSS 2.1 plus paged media, as openhtmltopdf reads it). */
    String css();

    /** Fonts to embed; at least one regular face of {@link #bodyFont()}. PDF/A requires every used font embedded. */
    List<ThemeFont> fonts();

    /** Font family for body text; must be one of {@link #fonts()}. */
    String bodyFont();

    /** Font family for headings and the cover; must be one of {@link #fonts()}. */
    String headingFont();

    /** The colours, used by the DOCX styles and available to CSS writers. */
    ThemeColours colours();

    /** The SWV's logo with its alt text, if any. */
    Optional<ThemeLogo> logo();

    /**
     * Overrides for the fixed words of a generated document (Inhoudsopgave, Bijlage, pagina …); words not in the map
     * keep their default from {@link DocumentTerm}.
     */
    default Map<DocumentTerm, String> terms() {
        return Map.of();
    }

    /** The word for {@code term} in this theme. */
    default String term(DocumentTerm term) {
        return terms().getOrDefault(term, term.defaultText());
    }
}
