package nl.opmaat.core.rules;

import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.internal.Messages;

/**
 * A built-in rule whose catalogue facts come from data ({@code requirements.yaml}) instead of a {@link RuleInfo}
 * annotation: the catalogue asks it for them.
 */
public interface DataRule {

    /** The catalogue facts, as an annotation would give them. */
    RuleInfo info();

    /** Its Dutch texts: {@code <id>.title}, {@code <id>.uitleg} and the messages it reports. */
    Messages messages();
}
