package nl.opmaat.cli;

import nl.opmaat.api.Severity;
import picocli.CommandLine;

/** Reads {@code fout}, {@code waarschuwing} or {@code advies}. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {

    @Override
    public Severity convert(String value) {
        return Severity.fromLabel(value).orElseThrow(() ->
                new CommandLine.TypeConversionException(CliMessages.format("bad-severity", value)));
    }
}
