package nl.opmaat.core.load;

import nl.opmaat.api.SourcePosition;

/**
 * Why a plan cannot be read at all (unusable input, exit 2): a Dutch message and a hint, at a position.
 */
public record PlanProblem(SourcePosition position, String message, String hint) {
}
