package nl.opmaat.core.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanFiles;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;

/**
 * Reads the images a chapter shows. Only files inside the plan directory are read: a remote URL, an absolute path or a
 * path that climbs out of the plan (also through a symbolic link) is refused, so rendering a plan never touches the
 * network or the rest of the disk.
 */
final class ImageLoader {

    /** Far above any photo or chart in a plan; keeps a stray video or disk image out of the PDF. */
    static final long MAX_BYTES = 20L << 20;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*", Pattern.DOTALL);
    private static final Messages MESSAGES = Messages.forPackageOf(ImageLoader.class);

    private final Path planDirectory;

    ImageLoader(Path planDirectory) {
        this.planDirectory = planDirectory;
    }

    /**
     * @param destination the image path as written in the Markdown, relative to {@code chapterFile}
     * @param chapterFile the chapter's path relative to the plan directory
     */
    Block.Figure load(String destination, String chapterFile, String alt, String caption, SourcePosition at)
            throws PlanInputException {
        if (SCHEME.matcher(destination).matches()) {
            throw problem(at, "image.remote", destination);
        }
        if (alt.isBlank()) {
            throw problem(at, "image.no-alt", destination);
        }
        Path chapterDir = Path.of(chapterFile).getParent();
        String relative = chapterDir == null ? destination : chapterDir.resolve(destination).toString();
        Optional<Path> file = PlanFiles.inside(planDirectory, relative);
        if (file.isEmpty() || Path.of(destination).isAbsolute()) {
            throw problem(at, "image.outside", destination);
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            throw problem(at, "image.missing", destination);
        }
        try {
            if (!path.toRealPath().startsWith(planDirectory.toRealPath())) {
                throw problem(at, "image.outside", destination);
            }
            if (Files.size(path) > MAX_BYTES) {
                throw problem(at, "image.too-large", destination, MAX_BYTES >> 20);
            }
            byte[] data = Files.readAllBytes(path);
            String type = mediaType(data, path).orElseThrow(() -> problem(at, "image.type", destination));
            return new Block.Figure(data, type, alt.strip(), caption == null ? "" : caption.strip());
        } catch (IOException e) {
            throw problem(at, "image.missing", destination);
        }
    }

    /** By content, not by name alone: a renamed file must not reach the PDF engine as something it is not. */
    static Optional<String> mediaType(byte[] data, Path path) {
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Optional.of("image/png");
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.UTF_8);
            if (head.contains("<svg")) {
                return Optional.of("image/svg+xml");
            }
        }
        return Optional.empty();
    }

    private static PlanInputException problem(SourcePosition at, String key, Object... arguments) {
        return new PlanInputException(new PlanProblem(at, MESSAGES.format(key, arguments),
                MESSAGES.formatOptional(key + ".hint", arguments)));
    }
}
