package nl.opmaat.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps openhtmltopdf from reading anything but what the XHTML carries inline. The writer embeds every image as a
 * {@code data:} URI and the fonts come from the theme's streams, so any other URI (a web address, a file path, a
 * {@code ../} path in theme CSS) is refused and remembered, and the render fails with a Dutch message naming it.
 */
final class ResourceGuard implements FSStreamFactory {

    /** Protocols openhtmltopdf could open itself; each is routed to {@link #getUrl}, which opens nothing. */
    static final List<String> PROTOCOLS = List.of("file", "jar", "http", "https", "ftp", "classpath");
    private final Set<String> refused = Collections.synchronizedSet(new LinkedHashSet<>());

    /** Access control: true only for inline data. */
    boolean allow(String uri, ExternalResourceType type) {
        if (uri != null && uri.regionMatches(true, 0, "data:", 0, 5)) {
            return true;
        }
        refused.add(uri == null ? "" : uri);
        return false;
    }

    /**
     * URI resolution. Web, mail and phone addresses resolve to themselves because hyperlinks need them (resolving is not
     * fetching: {@link #allow} stops a fetch); a relative or file path, which only a resource would use, resolves to
     * nothing.
     */
    String resolve(String base, String uri) {
        if (uri == null) {
            return null;
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || lower.startsWith("#") || lower.startsWith("http:") || lower.startsWith("https:")
                || lower.startsWith("mailto:") || lower.startsWith("tel:")) {
            return uri;
        }
        refused.add(uri);
        return null;
    }

    @Override
    public FSStream getUrl(String url) {
        refused.add(url);
        return null;
    }

    List<String> refused() {
        synchronized (refused) {
            return refused.stream().filter(u -> !u.isEmpty() && !u.toLowerCase(Locale.ROOT).startsWith("data:")).toList();
        }
    }
}
