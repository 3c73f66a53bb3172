package nl.opmaat.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.internal.Messages;

/**
 * The one door through which opmaat reads a file a plan brings: {@code plan.yaml}, chapters, annexes, images and
 * {@code ouders/} texts. A path is resolved against the plan directory with every symbolic link followed; whatever
 * lands outside the plan directory is refused, so a plan that arrives through a pull request cannot make opmaat copy
 * a runner's secret into a report or a document. Callers name the file as the plan wrote it and get its bytes or a
 * {@link Refusal} that says why not; the Dutch sentence for "outside" is the gate's own, so every caller says it alike.
 */
public final class PlanFileGate {

    private static final Messages MESSAGES = Messages.forPackageOf(PlanFileGate.class);

    private final Path directory;

    public PlanFileGate(Path planDirectory) {
        this.directory = planDirectory;
    }

    /** Why a file cannot be read; {@code size} is set for {@link Reason#TOO_LARGE}. */
    public static final class Refusal extends Exception {
        private final Reason reason;
        private final long size;

        Refusal(Reason reason, long size) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.size = size;
        }

        public Reason reason() {
            return reason;
        }

        public long size() {
            return size;
        }
    }

    public enum Reason { OUTSIDE, MISSING, TOO_LARGE, NOT_UTF8, UNREADABLE }

    /** The plan directory as given (for messages). */
    public Path directory() {
        return directory;
    }

    /**
     * The real path of {@code relative} (links followed) when it is a regular file inside the plan directory.
     *
     * @throws Refusal {@link Reason#OUTSIDE} for an absolute path, one that climbs out, or a link that leads out;
     *                 {@link Reason#MISSING} when there is no regular file there
     */
    public Path resolve(String relative) throws Refusal {
        Path base;
        Path lexical;
        try {
            if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0 || Path.of(relative).isAbsolute()) {
                throw new Refusal(relative != null && relative.isEmpty() ? Reason.MISSING : Reason.OUTSIDE, 0);
            }
            base = directory.toAbsolutePath().normalize();
            lexical = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new Refusal(Reason.MISSING, 0);
        }
        if (!lexical.startsWith(base)) {
            throw new Refusal(Reason.OUTSIDE, 0);
        }
        Path real;
        try {
            real = lexical.toRealPath();
        } catch (NoSuchFileException e) {
            // A dangling link names a target all the same: refuse one that points out, report the rest as missing.
            throw new Refusal(danglingLinkLeadsOut(base, lexical) ? Reason.OUTSIDE : Reason.MISSING, 0);
        } catch (IOException e) {
            throw new Refusal(Reason.UNREADABLE, 0);
        }
        if (!real.startsWith(realBase(base))) {
            throw new Refusal(Reason.OUTSIDE, 0);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(Reason.MISSING, 0);
        }
        return real;
    }

    /** True when {@code relative} names a regular file inside the plan directory. */
    public boolean isPresent(String relative) {
        try {
            resolve(relative);
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    /** True when {@code relative} is absolute, climbs out of the plan directory, or is a link that leads out. */
    public boolean isOutside(String relative) {
        try {
            resolve(relative);
            return false;
        } catch (Refusal e) {
            return e.reason() == Reason.OUTSIDE;
        }
    }

    /** The bytes of a file inside the plan, refused above {@code maxBytes} before anything is read. */
    public byte[] readBytes(String relative, long maxBytes) throws Refusal {
        Path real = resolve(relative);
        try {
            long size = Files.size(real);
            if (size > maxBytes) {
                throw new Refusal(Reason.TOO_LARGE, size);
            }
            // Read at most maxBytes + 1, so a file that grows after the size check cannot slip past the limit.
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Refusal(Reason.TOO_LARGE, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new Refusal(Reason.UNREADABLE, 0);
        }
    }

    /** A file inside the plan as strict UTF-8 text. */
    public String readText(String relative, long maxBytes) throws Refusal {
        byte[] bytes = readBytes(relative, maxBytes);
        // The String constructor is the fast path (a strict decoder plus a CharBuffer copy was 4 % of checking many
        // plans) but replaces malformed bytes with U+FFFD; only a text holding that character is decoded strictly, to
        // tell a replaced byte from a U+FFFD the author wrote.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new Refusal(Reason.NOT_UTF8, 0);
            }
        }
        return text;
    }

    /**
     * The Markdown files directly in a folder of the plan, as plan-relative names sorted by name; empty when the folder
     * is absent or is itself a link out of the plan (its files would be refused one by one anyway).
     */
    public List<String> markdownFilesIn(String folder) {
        Path base = directory.toAbsolutePath().normalize();
        Path dir = base.resolve(folder).normalize();
        try {
            if (!dir.startsWith(base) || !Files.isDirectory(dir) || !dir.toRealPath().startsWith(realBase(base))) {
                return List.of();
            }
        } catch (IOException e) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>(files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md")).map(name -> folder + "/" + name).toList());
            out.sort(null);
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The gate's Dutch problem for a file that lies outside the plan directory, at the place that names it. */
    public static PlanProblem outside(SourcePosition at, String file) {
        return new PlanProblem(at, MESSAGES.format("file.outside", file), MESSAGES.format("file.outside.hint"));
    }

    private static Path realBase(Path base) {
        try {
            return base.toRealPath();
        } catch (IOException e) {
            return base;
        }
    }

    private static boolean danglingLinkLeadsOut(Path base, Path lexical) {
        try {
            if (!Files.isSymbolicLink(lexical)) {
                return false;
            }
            Path target = lexical.getParent().resolve(Files.readSymbolicLink(lexical)).normalize();
            return !target.startsWith(base) && !target.startsWith(realBase(base));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
