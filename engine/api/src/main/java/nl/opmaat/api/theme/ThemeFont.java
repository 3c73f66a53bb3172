package nl.opmaat.api.theme;

import java.io.IOException;
import java.io.InputStream;

/**
 * A font face to embed (TrueType). {@code weight} is the CSS weight (400 regular, 700 bold); {@code italic} selects the
 * italic face. {@code licence} names the open licence the font is shipped under.
 */
public record ThemeFont(String family, int weight, boolean italic, String licence, FontSource source) {

    /** Opens the TTF bytes; each call returns a new stream, which the caller closes. */
    @FunctionalInterface
    public interface FontSource {
        InputStream open() throws IOException;
    }
}
