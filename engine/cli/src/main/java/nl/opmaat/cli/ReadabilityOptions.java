package nl.opmaat.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.readability.B1Rules;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --leesbaarheid [--b1-drempel naam=waarde]...}: runs the b1 rules on every chapter and on the summary
 * for parents, in the same pass as the other rules. A mixin, so the check command needs one field and one call.
 */
final class ReadabilityOptions {

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--leesbaarheid",
            description = "Controleer ook de leesbaarheid (taalniveau B1) van elk hoofdstuk en van de samenvatting voor ouders.")
    boolean enabled;

    @Option(names = "--b1-drempel", paramLabel = "<naam=waarde>",
            description = "Andere drempel voor een b1-regel, bijvoorbeeld b1.zinslengte.max=18. Namen: "
                    + "b1.zinslengte.gemiddeld, b1.zinslengte.max, b1.leesbaarheid.min, b1.lijdende-vorm.max-procent, "
                    + "b1.alinea-lengte.max-woorden.")
    Map<String, String> thresholds = new LinkedHashMap<>();

    /** The b1 rules for the catalogue: running when {@code --leesbaarheid} was given, else only listed. */
    B1Rules rules(InstalledPlugins installed) {
        if (!enabled) {
            return B1Rules.listed();
        }
        ReadabilityThresholds limits;
        try {
            limits = ReadabilityThresholds.defaults().with(thresholds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // The plan's plugin adds its glossary to the jargon list, and the summary is checked as the writers render it:
        // the same builder, theme and glossary as opmaat summary.
        var epoch = PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        return B1Rules.running(limits, plan -> installed.select(plan).glossary(), loaded -> {
            PluginSelection selection = installed.select(loaded.plan());
            return Optional.of(new ParentSummaryBuilder(selection.theme(), selection.glossary(), epoch)
                    .build(loaded).text());
        });
    }
}
