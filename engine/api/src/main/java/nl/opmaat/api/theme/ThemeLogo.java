package nl.opmaat.api.theme;

/**
 * A logo image with its alternative text (required for PDF/UA).
 *
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param altText   what a screen reader says, in Dutch
 */
public record ThemeLogo(byte[] data, String mediaType, String altText) {
}
