package nl.opmaat.core.document;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanFileGate;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;

/**
 * Reads the images a chapter shows, through the plan's {@link PlanFileGate} (a remote URL, an absolute path or a path
 * that climbs out of the plan, also through a symbolic link, is refused, so rendering a plan never touches the network
 * or the rest of the disk) and then the {@link ImageGate} (format and size from the header, safe SVG only).
 */
final class ImageLoader {

    /** Far above any photo or chart in a plan; keeps a stray video or disk image out of the PDF. */
    static final long MAX_BYTES = 20L << 20;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*", Pattern.DOTALL);
    private static final Messages MESSAGES = Messages.forPackageOf(ImageLoader.class);

    private final PlanFileGate files;

    ImageLoader(PlanFileGate files) {
        this.files = files;
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
        String relative;
        try {
            Path chapterDir = Path.of(chapterFile).getParent();
            relative = chapterDir == null ? destination : chapterDir.resolve(destination).normalize().toString();
        } catch (InvalidPathException e) {
            throw problem(at, "image.missing", destination);
        }
        byte[] data;
        try {
            data = files.readBytes(relative, MAX_BYTES);
        } catch (PlanFileGate.Refusal refusal) {
            throw switch (refusal.reason()) {
                case OUTSIDE -> problem(at, "image.outside", destination);
                case TOO_LARGE -> problem(at, "image.too-large", destination, MAX_BYTES >> 20);
                case MISSING, UNREADABLE, NOT_UTF8 -> problem(at, "image.missing", destination);
            };
        }
        try {
            ImageGate.Image image = ImageGate.inspect(data, relative);
            return new Block.Figure(data, image.mediaType(), alt.strip(), caption == null ? "" : caption.strip());
        } catch (ImageGate.Refusal refusal) {
            throw new PlanInputException(new PlanProblem(at, refusal.message(destination), refusal.hint(destination)));
        }
    }

    private static PlanInputException problem(SourcePosition at, String key, Object... arguments) {
        return new PlanInputException(new PlanProblem(at, MESSAGES.format(key, arguments),
                MESSAGES.formatOptional(key + ".hint", arguments)));
    }
}
