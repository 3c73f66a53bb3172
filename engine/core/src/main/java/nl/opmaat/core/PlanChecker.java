package nl.opmaat.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.Severity;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;

/** Reads and checks plans: the whole of {@code opmaat check} except argument parsing and output. */
public final class PlanChecker {

    private final PlanReader reader;
    private final RuleCatalogue catalogue;
    private final RuleRunner runner;

    public PlanChecker(PlanReader reader, RuleCatalogue catalogue, RuleRunner runner) {
        this.reader = reader;
        this.catalogue = catalogue;
        this.runner = runner;
    }

    public CheckResult check(List<Path> planDirectories, Severity failOn) {
        List<PlanReport> reports = new ArrayList<>();
        for (Path directory : planDirectories) {
            reports.add(check(directory));
        }
        return new CheckResult(reports, catalogue, failOn);
    }

    public PlanReport check(Path directory) {
        try {
            LoadedPlan loaded = reader.read(directory);
            return runner.run(loaded);
        } catch (PlanInputException e) {
            return PlanReport.unusable(directory.toString(), e.problems());
        }
    }
}
