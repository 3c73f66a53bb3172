package nl.opmaat.api.theme;

/**
 * The theme's colours as six-digit hex without {@code #} ({@code 1F4E79}). Text colours must keep a contrast of at least
 * 4.5:1 against white (WCAG AA), which the plugin tests check.
 *
 * @param primary headings, cover band
 * @param accent  rules, table header background
 * @param text    body text
 */
public record ThemeColours(String primary, String accent, String text) {
}
