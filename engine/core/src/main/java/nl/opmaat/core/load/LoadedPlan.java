package nl.opmaat.core.load;

import nl.opmaat.api.model.Plan;

/** A plan read from disk together with the positions of its {@code plan.yaml} values. */
public record LoadedPlan(Plan plan, YamlTree yaml, java.nio.file.Path directory) {
}
