package nl.opmaat.api.rule;

import nl.opmaat.api.model.Plan;

/**
 * One legal or good-practice requirement, checked against a plan.
 *
 * <p>Implementations are stateless (they may run in parallel), carry a {@link RuleInfo} annotation, and report through
 * the {@link RuleContext}; they never read files themselves. The engine only calls a rule when the plan's sector and
 * period fall within the rule's {@link RuleInfo#sectors()} and in-force window.
 */
public interface Rule {

    /** Checks the plan and reports every problem found through {@code context}. */
    void check(Plan plan, RuleContext context);
}
