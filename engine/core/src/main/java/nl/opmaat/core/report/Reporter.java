package nl.opmaat.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link CheckResult} in one format. Implementations are stateless and never decide the exit code. */
public interface Reporter {

    void write(CheckResult result, Writer out) throws IOException;
}
