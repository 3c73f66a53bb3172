package nl.opmaat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.opmaat.core.io.AtomicFiles;

/** Where a report goes: standard output, or a file written atomically. */
final class OutputTarget {

    private OutputTarget() {
    }

    interface Body {
        void write(java.io.Writer out) throws IOException;
    }

    static void write(Path file, PrintWriter stdout, Body body) throws IOException {
        if (file == null) {
            body.write(stdout);
            stdout.flush();
            return;
        }
        StringWriter buffer = new StringWriter();
        body.write(buffer);
        AtomicFiles.write(file, buffer.toString().getBytes(StandardCharsets.UTF_8));
    }
}
