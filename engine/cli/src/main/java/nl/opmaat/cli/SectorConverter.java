package nl.opmaat.cli;

import java.util.Locale;
import nl.opmaat.api.Sector;
import picocli.CommandLine;

/** Reads {@code po} or {@code vo}. */
final class SectorConverter implements CommandLine.ITypeConverter<Sector> {

    @Override
    public Sector convert(String value) {
        for (Sector sector : Sector.values()) {
            if (sector.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return sector;
            }
        }
        throw new CommandLine.TypeConversionException(CliMessages.format("bad-sector", value));
    }
}
