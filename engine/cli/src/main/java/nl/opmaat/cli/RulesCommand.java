package nl.opmaat.cli;

import java.util.concurrent.Callable;
import nl.opmaat.core.report.RuleListing;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opmaat rules}: lists the rule catalogue (id, severity, sectors, in-force window, legal basis, title). */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Toont alle regels: id, ernst, sectoren, inwerkingtreding, wettelijke basis en titel.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "Uitvoer: ${COMPLETION-CANDIDATES} (standaard: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        RuleListing listing = new RuleListing();
        OutputTarget.write(null, spec.commandLine().getOut(), out -> {
            if (format == Format.json) {
                listing.json(catalogue, out);
            } else {
                listing.text(catalogue, out);
            }
        });
        return ExitCodes.CLEAN;
    }
}
