package nl.opmaat.core.rules.readability;

import java.util.Optional;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.readability.TextSource;

/**
 * Where the text of a plan's parent summary comes from; the summary builder provides it, so the rules do not depend
 * on how the summary is made.
 */
@FunctionalInterface
public interface SummarySource {
    /**
     * The summary of the plan as a text, or empty when the plan has none.
     *
     * @throws PlanInputException when the summary's own sources (the {@code ouders/*.md} texts) cannot be used
     */
    Optional<TextSource> summary(LoadedPlan loaded) throws PlanInputException;
}
