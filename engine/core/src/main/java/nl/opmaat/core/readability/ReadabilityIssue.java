package nl.opmaat.core.readability;

import java.util.List;
import nl.opmaat.api.SourcePosition;

/**
 * One thing a b1 rule found, before it is worded: the rule, where, and the message key and arguments under
 * {@code <rule>.<key>} in this package's {@code messages.properties}. The plan's b1 rules report these through the rule
 * context (which words them and applies the plan's severity), {@link ReadabilityChecker#check} words them itself.
 */
public record ReadabilityIssue(String rule, SourcePosition position, String key, List<Object> arguments) {

    public ReadabilityIssue {
        arguments = List.copyOf(arguments);
    }
}
