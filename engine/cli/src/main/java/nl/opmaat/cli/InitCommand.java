package nl.opmaat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.opmaat.api.Sector;
import nl.opmaat.core.scaffold.PlanScaffold;
import nl.opmaat.core.scaffold.ScaffoldRequest;
import nl.opmaat.core.scaffold.ScaffoldWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat init <map> --swv ... --sector po|vo --gemeenten A,B}: starts a new plan with every required section
 * marked as to-do. Refuses a target that exists and is not empty (exit 2): nothing the user wrote is overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maakt een nieuw, leeg ondersteuningsplan aan met elke verplichte paragraaf als taak.")
final class InitCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<map>", description = "Nieuwe of lege map voor het plan.")
    Path directory;

    @Option(names = "--swv", required = true, paramLabel = "<naam>", description = "Naam van het samenwerkingsverband.")
    String swv;

    @Option(names = "--sector", required = true, paramLabel = "po|vo", converter = SectorConverter.class,
            description = "po (primair onderwijs) of vo (voortgezet onderwijs).")
    Sector sector;

    @Option(names = "--gemeenten", split = ",", paramLabel = "<gemeente>",
            description = "De gemeenten van de regio, gescheiden door komma's: Almere,Lelystad.")
    List<String> gemeenten = List.of();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        ScaffoldRequest request = new ScaffoldRequest(swv, sector, gemeenten);
        if (request.swvNaam().isEmpty()) {
            err.println(CliMessages.format("init.no-swv"));
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        Map<String, String> files = PlanScaffold.withSchemaFile().files(request);
        try {
            new ScaffoldWriter().write(directory, files);
        } catch (ScaffoldWriter.RefusedException e) {
            err.println(CliMessages.format(e.targetIsFile() ? "init.refused.file" : "init.refused.not-empty", directory));
            err.println("    " + CliMessages.format("init.refused.hint"));
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        var out = spec.commandLine().getOut();
        long chapters = files.keySet().stream().filter(f -> f.startsWith("hoofdstukken/")).count();
        out.println(CliMessages.format("init.written", directory, chapters));
        out.println("    " + CliMessages.format("init.next", directory));
        out.flush();
        return ExitCodes.CLEAN;
    }
}
