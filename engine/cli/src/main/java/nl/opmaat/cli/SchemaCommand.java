package nl.opmaat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import nl.opmaat.core.load.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code opmaat schema}: prints the JSON Schema of plan.yaml that the checker itself uses, for editors and CI. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Toont het JSON Schema van plan.yaml, voor een editor die sleutels aanvult en uitlegt.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            var out = spec.commandLine().getOut();
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCodes.CLEAN;
    }
}
