package nl.opmaat.serve;

import java.time.Clock;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;

/**
 * What the preview judges and renders with, handed in by the command that starts it: the {@link PlanChecker} (built-in
 * rules plus those of the loaded plugins, the plugin chosen per plan, or a refusal when the plan names a plugin that is
 * missing) and the opmaat version for the document properties. The CLI loads plugins in one place; the preview never
 * loads any itself.
 */
public record PreviewSetup(PlanChecker checker, String opmaatVersion) {

    /** The built-in rules and the default theme: no plugin at all. */
    public static PreviewSetup builtIn(String opmaatVersion) {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        return new PreviewSetup(new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, Clock.systemDefaultZone())),
                opmaatVersion);
    }
}
