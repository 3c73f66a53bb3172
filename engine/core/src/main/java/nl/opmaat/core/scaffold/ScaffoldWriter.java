package nl.opmaat.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import nl.opmaat.core.io.AtomicFiles;

/**
 * Writes a scaffold into a new or empty directory and never touches anything that is already there.
 *
 * <p>A new directory is built beside its final place and renamed into it in one step, so the user sees either the
 * whole scaffold or nothing; the rename itself refuses a directory that filled up in the meantime. An existing empty
 * directory (say the one the user just made and stands in) is filled file by file with {@link AtomicFiles#create},
 * which refuses any file that already exists.
 */
public final class ScaffoldWriter {

    /** Why nothing was written: the target is a file, or a directory with something in it. */
    public static final class RefusedException extends Exception {
        private final boolean file;

        RefusedException(Path target, boolean file) {
            super(target.toString());
            this.file = file;
        }

        /** True when the target is an existing file rather than a non-empty directory. */
        public boolean targetIsFile() {
            return file;
        }
    }

    /** Writes {@code files} (relative path → text, UTF-8) under {@code target}. */
    public void write(Path target, Map<String, String> files) throws IOException, RefusedException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(target, true);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!isEmpty(target)) {
                throw new RefusedException(target, false);
            }
            fillEmpty(target, files);
        } else {
            createWhole(target, files);
        }
    }

    private static void fillEmpty(Path target, Map<String, String> files) throws IOException, RefusedException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            try {
                AtomicFiles.create(target.resolve(file.getKey()), bytes(file.getValue()));
            } catch (FileAlreadyExistsException e) {
                throw new RefusedException(target, false);
            }
        }
    }

    private static void createWhole(Path target, Map<String, String> files) throws IOException, RefusedException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = newStagingDirectory(parent, absolute.getFileName().toString());
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                AtomicFiles.create(staging.resolve(file.getKey()), bytes(file.getValue()));
            }
            try {
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, absolute);
            } catch (FileSystemException e) {
                // rename(2) refuses a target that appeared meanwhile (EEXIST, ENOTEMPTY, ENOTDIR): the user's, keep it.
                if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                    throw new RefusedException(target, !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS));
                }
                throw e;
            }
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * A hidden directory beside the target, with the default permissions (umask): {@link Files#createTempDirectory}
     * would make it, and so the plan directory it becomes, readable by the owner only.
     */
    private static Path newStagingDirectory(Path parent, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            try {
                return Files.createDirectory(parent.resolve("." + name + ".opmaat-init-" + Long.toHexString(random.nextLong() >>> 1)));
            } catch (FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Removes what is left of the staging directory after a failure; after a successful move it is gone already. */
    private static void deleteTree(Path staging) throws IOException {
        if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
