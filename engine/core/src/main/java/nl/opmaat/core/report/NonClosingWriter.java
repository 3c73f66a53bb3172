package nl.opmaat.core.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Jackson and StAX close the writer they are given; the CLI's stdout must stay open. */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
