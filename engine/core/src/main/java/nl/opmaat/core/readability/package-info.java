/**
 * A Dutch readability checker for text that parents read (language level B1): sentences and their positions
 * ({@link nl.opmaat.core.readability.SentenceSplitter}), syllables ({@link nl.opmaat.core.readability.SyllableCounter}),
 * the figures of a text ({@link nl.opmaat.core.readability.ReadabilityScore}), jargon and its explanation
 * ({@link nl.opmaat.core.readability.JargonDetector}), and the {@code b1.*} rules that turn them into findings
 * ({@link nl.opmaat.core.readability.ReadabilityChecker}, catalogue facts in
 * {@link nl.opmaat.core.readability.ReadabilityRules}).
 *
 * <p>The rules run on text (a chapter, the parent summary), not on {@code plan.yaml}, so they have their own small
 * runner rather than the plan {@link nl.opmaat.api.rule.Rule} interface.
 */
package nl.opmaat.core.readability;
