package nl.opmaat.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A report path as CI tools want it: relative to the repository root (the working directory), with forward slashes. */
final class RepoPath {

    private RepoPath() {
    }

    /** {@code file} relative to {@code base} when it lies under it; otherwise its absolute path. */
    static String relative(Path base, String file) {
        if (!valid(file)) {
            return file.replace('\\', '/');
        }
        Path absolute = Path.of(file).toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    static boolean under(Path base, String file) {
        if (!valid(file)) {
            return true; // shown as written, percent-encoded where a URI is wanted
        }
        return Path.of(file).toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
    }

    /**
     * A relative path as an RFC 3986 relative reference: every byte of its UTF-8 form except the unreserved characters
     * and {@code /} is percent-encoded. So a space, comma, percent sign or accent is always valid, and a folder
     * {@code a:b} becomes {@code a%3Ab/plan.yaml}, which no reader takes for a scheme.
     */
    static String uriReference(String relative) {
        StringBuilder out = new StringBuilder(relative.length() + 16);
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A name the file system cannot hold (a NUL, found by ReportWritersFuzzTest) is still reported, as written. */
    private static boolean valid(String file) {
        try {
            Path.of(file);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
