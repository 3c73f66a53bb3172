package nl.opmaat.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.readability.PlanReadabilityCheck;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import nl.opmaat.core.theme.DefaultTheme;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --leesbaarheid [--b1-drempel naam=waarde]...}: adds the b1 findings of every chapter and of the summary
 * for parents. A mixin, so the check command needs one field and one call.
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

    /** The result with the b1 findings added when {@code --leesbaarheid} was given, else the result unchanged. */
    CheckResult apply(CheckResult result, Clock clock) {
        if (!enabled) {
            return result;
        }
        ReadabilityThresholds limits;
        try {
            limits = ReadabilityThresholds.defaults().with(thresholds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // The summary is checked as the writers render it: the same builder as opmaat summary.
        ParentSummaryBuilder summaries = new ParentSummaryBuilder(new DefaultTheme(), List.of(),
                PlanDocumentBuilder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        PlanReadabilityCheck check = new PlanReadabilityCheck(limits, List.of(),
                loaded -> Optional.of(summaries.build(loaded).text()), clock);
        return check.addTo(result, new PlanReader());
    }
}
