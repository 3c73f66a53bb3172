package nl.opmaat.core.document;

import java.util.Collection;
import java.util.Map;
import nl.opmaat.api.theme.Theme;

/**
 * What turns a document tree into bytes. The writers live in modules that depend on core (pdf, docx), so the
 * pipelines here take them through this interface; the CLI passes the one class that names them.
 */
public interface DocumentWriters {

    /** May start loading what a format's writer needs on another thread, while the plan is read and checked. */
    default void preload(Collection<DocumentFormat> formats) {
    }

    /** The bytes of every format asked for, in the order asked; all or none. */
    Map<DocumentFormat, byte[]> render(Collection<DocumentFormat> formats, Document document, Theme theme)
            throws RenderFailure;

    /** The render failed for a reason the user can act on; message and hint are Dutch. */
    final class RenderFailure extends Exception {
        private final String hint;

        public RenderFailure(String message, String hint, Throwable cause) {
            super(message, cause);
            this.hint = hint == null ? "" : hint;
        }

        public String hint() {
            return hint;
        }
    }
}
