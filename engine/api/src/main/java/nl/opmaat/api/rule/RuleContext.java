package nl.opmaat.api.rule;

import java.util.List;
import java.util.Optional;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;

/** What the engine gives a rule while it checks one plan. */
public interface RuleContext {

    /**
     * The position of a value in {@code plan.yaml}, given as a JSON pointer ({@code /vaststelling/oogo/0/datum}). When
     * the value is absent, the position of its nearest present parent: where the missing item belongs.
     */
    SourcePosition positionOf(String pointer);

    /** The heading a {@code paragraaf} reference points to, if the file and anchor exist. */
    Optional<Section> resolve(SectionRef reference);

    /**
     * Why a section does not count as real content: empty, only a placeholder such as "volgt later", or a reference to an
     * annex that the plan does not include. Empty when the section has real content.
     */
    Optional<String> emptinessReason(Section section);

    /**
     * Reports a problem. {@code messageKey} is the part after the rule id in the rule's message bundle; the hint is
     * looked up under {@code messageKey + ".hint"}. {@code arguments} fill the MessageFormat placeholders of both.
     */
    void report(SourcePosition position, String messageKey, Object... arguments);

    /** True when {@code ruleId} names a rule in the catalogue (built-in or from an installed plugin). */
    boolean knowsRule(String ruleId);

    /** Today's date, from the engine's clock (tests fix it); only waivers and deadlines may depend on it. */
    java.time.LocalDate today();

    /** Convenience: all sections the references resolve to, in order, skipping those that do not resolve. */
    default List<Section> resolveAll(List<SectionRef> references) {
        return references.stream().map(this::resolve).flatMap(Optional::stream).toList();
    }
}
