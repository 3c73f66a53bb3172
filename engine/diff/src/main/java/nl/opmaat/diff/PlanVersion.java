package nl.opmaat.diff;

import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.core.load.LoadedPlan;

/**
 * One version of a plan to compare: how the user named it (a folder, or a Git ref), the plan as read, and what the
 * normal check found in it.
 */
public record PlanVersion(String label, LoadedPlan loaded, List<Finding> findings) {
    public PlanVersion {
        findings = List.copyOf(findings);
    }
}
