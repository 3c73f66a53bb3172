package nl.opmaat.core.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves paths the plan names, refusing anything outside the plan directory. */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** The file for a relative path written in the plan, or empty when it is absolute or escapes the directory. */
    public static Optional<Path> inside(Path directory, String relative) {
        try {
            Path base = directory.toAbsolutePath().normalize();
            Path candidate = base.resolve(relative).normalize();
            return Path.of(relative).isAbsolute() || !candidate.startsWith(base) ? Optional.empty() : Optional.of(candidate);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
