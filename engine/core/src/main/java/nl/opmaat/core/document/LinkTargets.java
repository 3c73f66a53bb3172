package nl.opmaat.core.document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.opmaat.core.load.Slugs;

/**
 * Where a link in a chapter points in the rendered document. {@code #anchor} and {@code other.md#anchor} become
 * {@code #heading-id}; web, mail and phone links stay; anything else (a file that is not part of the document, a
 * {@code javascript:} URL) becomes plain text.
 */
final class LinkTargets {

    private static final Pattern EXTERNAL = Pattern.compile("^(https?:|mailto:|tel:).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private final Map<String, String> ids = new HashMap<>();

    /** Registers a heading; the first heading of a file is also the target of a link to the file itself. */
    void register(String file, String anchor, String id) {
        ids.putIfAbsent(file, id);
        ids.putIfAbsent(file + "#" + anchor, id);
    }

    Optional<String> resolve(String destination, String fromFile) {
        String dest = destination.strip();
        if (EXTERNAL.matcher(dest).matches()) {
            return Optional.of(dest);
        }
        if (SCHEME.matcher(dest).matches() || dest.startsWith("//")) {
            return Optional.empty();
        }
        int hash = dest.indexOf('#');
        String path = hash < 0 ? dest : dest.substring(0, hash);
        String anchor = hash < 0 ? "" : dest.substring(hash + 1);
        String file = path.isEmpty() ? fromFile : normalise(fromFile, path);
        if (file == null) {
            return Optional.empty();
        }
        String key = anchor.isEmpty() ? file : file + "#" + Slugs.of(anchor);
        return Optional.ofNullable(ids.get(key)).map(id -> "#" + id);
    }

    /** The path relative to the plan directory with forward slashes, or null when it leaves the plan. */
    private static String normalise(String fromFile, String path) {
        try {
            Path dir = Path.of(fromFile).getParent();
            Path resolved = (dir == null ? Path.of(path) : dir.resolve(path)).normalize();
            String text = resolved.toString().replace('\\', '/');
            return text.startsWith("..") || resolved.isAbsolute() ? null : text;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
