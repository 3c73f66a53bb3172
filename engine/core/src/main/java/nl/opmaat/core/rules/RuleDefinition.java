package nl.opmaat.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.internal.Messages;

/**
 * A rule with its catalogue facts resolved: annotation, Dutch title and in-force window from the law data.
 *
 * @param origin {@code opmaat} for built-in rules, otherwise the id of the plugin that contributed the rule
 */
public record RuleDefinition(Rule rule, RuleInfo info, Messages messages, Optional<LocalDate> inForceFrom,
                             Optional<LocalDate> inForceUntil, String lawSource, String origin) {

    public String id() {
        return info.id();
    }

    public Severity severity() {
        return info.severity();
    }

    public List<Sector> sectors() {
        return List.of(info.sectors());
    }

    public List<String> legalBasis() {
        return List.of(info.legalBasis());
    }

    /** What the text must describe, for requirement rules; empty for rules with logic only. */
    public List<DataRule.SubElement> subElements() {
        return rule instanceof DataRule data ? data.subElements() : List.of();
    }

    /** The Dutch title from the rule's bundle ({@code <id>.title}). */
    public String title() {
        return messages.format(id() + ".title");
    }

    /** The Dutch explanation with how to fix, from {@code <id>.uitleg}. */
    public String explanation() {
        return messages.formatOptional(id() + ".uitleg");
    }

    /** True when the law behind the rule is in force on at least one day of [{@code from}, {@code until}]. */
    public boolean inForceDuring(LocalDate from, LocalDate until) {
        if (inForceFrom.isEmpty() && !Law.ALWAYS.equals(info.inForce())) {
            return false; // a law not in force yet (Law.PENDING) covers no plan
        }
        if (inForceFrom.isPresent() && until != null && until.isBefore(inForceFrom.get())) {
            return false;
        }
        return inForceUntil.isEmpty() || from == null || !from.isAfter(inForceUntil.get());
    }
}
