package nl.opmaat.core.rules;

import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.core.load.PlanInputException;

/**
 * A built-in rule that reads the plan's sources rather than the bound {@link Plan} alone, and that the command may
 * leave out: the {@code b1.*} rules read every chapter and the summary for parents, and run only with
 * {@code --leesbaarheid}. The catalogue lists such a rule like any other (ids, titles, SARIF, docs/rules.md); the
 * runner runs it only when {@link #active()}, with the same severity overrides, waivers and in-force window.
 */
public interface PlanSourceRule extends Rule {

    /** False when the command did not ask for this rule: it stays in the catalogue, is never run nor counted as applied. */
    boolean active();

    /**
     * Checks the plan from its sources.
     *
     * @throws PlanInputException when a source the rule needs cannot be used; the plan is then unusable (exit 2), as it
     *                            would be for the command that makes that source
     */
    void check(PlanSources sources, RuleContext context) throws PlanInputException;

    /** The runner always calls {@link #check(PlanSources, RuleContext)}. */
    @Override
    default void check(Plan plan, RuleContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " checks plan sources, not a bound plan");
    }
}
