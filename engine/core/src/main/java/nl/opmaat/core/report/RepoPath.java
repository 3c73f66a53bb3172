package nl.opmaat.core.report;

import java.nio.file.Path;

/** A report path as CI tools want it: relative to the repository root (the working directory), with forward slashes. */
final class RepoPath {

    private RepoPath() {
    }

    /** {@code file} relative to {@code base} when it lies under it; otherwise its absolute path. */
    static String relative(Path base, String file) {
        Path absolute = Path.of(file).toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    static boolean under(Path base, String file) {
        return Path.of(file).toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
    }
}
