package nl.opmaat.core.report;

import java.util.List;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;

/**
 * Everything one {@code opmaat check} call found, over one or more plans, with the catalogue that judged them.
 *
 * @param plans   one report per plan named, in the order given
 * @param failOn  the level at which findings make the run fail
 */
public record CheckResult(List<PlanReport> plans, RuleCatalogue catalogue, Severity failOn) {

    public CheckResult {
        plans = List.copyOf(plans);
    }

    /** 2 when a plan was unusable, 1 when an unwaived finding reaches {@code failOn}, else 0. */
    public int exitCode() {
        if (plans.stream().anyMatch(PlanReport::unusable)) {
            return 2;
        }
        return plans.stream().anyMatch(p -> p.failsAt(failOn)) ? 1 : 0;
    }
}
