package nl.opmaat.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opmaat.core.internal.Messages;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * A plan folder as it was at a Git commit or tag, copied out of the repository's object database into a temporary
 * folder with JGit: the working tree, the index and HEAD are never touched, and the copy is read by the normal
 * {@code PlanReader}, so the file gate and its limits apply to the old version as to the new. Only regular files are
 * copied (a symbolic link in the old tree is left out, as the gate would refuse one that leads outside anyway).
 */
public final class GitSnapshot {

    /** Larger blobs are left out: the gate refuses every plan file long before this. */
    static final long MAX_BLOB_BYTES = 64L << 20;
    private static final Messages MESSAGES = Messages.forPackageOf(GitSnapshot.class);

    private GitSnapshot() {
    }

    /** The Git ref or plan folder cannot be used; the message is Dutch and names it. */
    public static final class SnapshotException extends Exception {
        private final String hint;

        SnapshotException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * Writes the files of {@code planDirectory} as they were at {@code ref} below {@code target} (which must exist and
     * be empty) and returns the folder that holds the old plan.
     */
    public static Path materialise(Path planDirectory, String ref, Path target) throws SnapshotException, IOException {
        Path plan = planDirectory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(plan.toFile());
        if (builder.getGitDir() == null) {
            throw new SnapshotException(MESSAGES.format("git.no-repository", planDirectory),
                    MESSAGES.format("git.no-repository.hint"));
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            if (repository.isBare()) {
                throw new SnapshotException(MESSAGES.format("git.no-repository", planDirectory),
                        MESSAGES.format("git.no-repository.hint"));
            }
            ObjectId id = resolve(repository, ref);
            RevCommit commit = walk.parseCommit(id);
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String relative = workTree.relativize(plan.toRealPath()).toString().replace('\\', '/');
            Path out = target.resolve("plan");
            Files.createDirectories(out);
            int files = 0;
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                if (!relative.isEmpty()) {
                    tree.setFilter(PathFilter.create(relative));
                }
                while (tree.next()) {
                    FileMode mode = tree.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        continue;
                    }
                    String path = tree.getPathString();
                    String inside = relative.isEmpty() ? path : path.substring(relative.length() + 1);
                    Path file = out.resolve(inside).normalize();
                    if (!file.startsWith(out)) {
                        continue;
                    }
                    ObjectLoader blob = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                    if (blob.getSize() > MAX_BLOB_BYTES) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (OutputStream stream = Files.newOutputStream(file)) {
                        blob.copyTo(stream);
                    }
                    files++;
                }
            }
            if (files == 0) {
                throw new SnapshotException(MESSAGES.format("git.no-plan", relative.isEmpty() ? "." : relative, ref),
                        MESSAGES.format("git.no-plan.hint"));
            }
            return out;
        }
    }

    private static ObjectId resolve(Repository repository, String ref) throws SnapshotException, IOException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            id = null;
        }
        if (id == null) {
            throw new SnapshotException(MESSAGES.format("git.unknown-ref", ref),
                    MESSAGES.format("git.unknown-ref.hint"));
        }
        return id;
    }
}
