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

    /** What the plan's text must describe, in order: the sub-elements of a legal requirement. */
    java.util.List<SubElement> subElements();

    /**
     * One thing the text must say.
     *
     * @param description Dutch, completes "beschrijft ..."
     * @param example     a Dutch sentence that says it
     * @param evidence    the terms that count as saying it
     * @param sectors     where it applies ({@code po}, {@code vo})
     */
    record SubElement(String id, String description, String example, java.util.List<String> evidence,
                      java.util.List<String> sectors) {
    }

    /** Its Dutch texts: {@code <id>.title}, {@code <id>.uitleg} and the messages it reports. */
    Messages messages();
}
