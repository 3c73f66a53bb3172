package nl.opmaat.core.rules;

import nl.opmaat.api.SourcePosition;

/**
 * Reporting one severity level below the rule's own (after the plan's {@code ernst:} override): for a requirement
 * that is touched on but thinly, which an inspector would remark on rather than order repaired.
 */
public interface GradedReporting {

    void reportOneLevelLower(SourcePosition position, String messageKey, Object... arguments);

    /** Reports as {@code advies} whatever the rule's severity: a remark, never a reason to fail. */
    void reportAsAdvice(SourcePosition position, String messageKey, Object... arguments);
}
