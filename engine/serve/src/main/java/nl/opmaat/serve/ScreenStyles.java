package nl.opmaat.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's screen stylesheet (its fonts as {@code data:} URIs, written by {@code HtmlPlanWriter.writeForBrowser}),
 * moved out of the page into a resource of its own under a name made from its content. The browser keeps it, so a
 * reload after a save fetches and parses some hundreds of kilobytes of plan instead of megabytes of fonts, and the
 * page is searched for its headings without the fonts in the way. Same bytes as the build's HTML, only in two files.
 */
final class ScreenStyles {

    static final String PREFIX = "/_opmaat/huisstijl/";
    private static final String OPEN = "<style media=\"screen\">";
    private static final String CLOSE = "</style>";
    /** Themes hardly ever change while the preview runs; a few are kept, then the cache starts again. */
    private static final int KEPT = 8;

    private final Map<String, String> byPath = new ConcurrentHashMap<>();

    /** The page with its screen stylesheet replaced by a link to the same text. */
    String extract(String html) {
        int start = html.indexOf(OPEN);
        int end = start < 0 ? -1 : html.indexOf(CLOSE, start);
        if (end < 0) {
            return html;
        }
        String css = html.substring(start + OPEN.length(), end);
        String path = PREFIX + hash(css) + ".css";
        if (!byPath.containsKey(path) && byPath.size() >= KEPT) {
            byPath.clear();
        }
        byPath.putIfAbsent(path, css);
        return html.substring(0, start) + "<link rel=\"stylesheet\" media=\"screen\" href=\"" + path + "\" />"
                + html.substring(end + CLOSE.length());
    }

    Optional<String> css(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private static String hash(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
