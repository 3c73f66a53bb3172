package nl.opmaat.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files atomically: to a temporary file beside the target, then a move. A reader never sees half a
 * report or PDF, and a crash leaves the previous file intact.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = newTempFile(dir, absolute.getFileName().toString());
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Like {@link #write}, but never replaces anything: fails with {@link FileAlreadyExistsException} when
     * {@code target} exists, even when it appears while the content is being written. The file is published with a hard
     * link, which the file system creates atomically or refuses; where hard links are not supported, a move without
     * replace is the (slightly racy) fallback.
     */
    public static void create(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temp = newTempFile(dir, absolute.getFileName().toString());
        try {
            Files.write(temp, content);
            try {
                Files.createLink(absolute, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file beside the target with the default permissions (umask), unlike {@link Files#createTempFile},
     * which makes it readable by the owner only: the reports and documents written here are the user's own to share.
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            try {
                return Files.createFile(dir.resolve("." + name + "." + Long.toHexString(random.nextLong() >>> 1) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name: draw again
            }
        }
    }
}
