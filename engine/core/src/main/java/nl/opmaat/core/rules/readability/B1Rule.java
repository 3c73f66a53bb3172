package nl.opmaat.core.rules.readability;

import java.util.List;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityIssue;
import nl.opmaat.core.readability.ReadabilityRules;
import nl.opmaat.core.rules.DataRule;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanSourceRule;
import nl.opmaat.core.rules.PlanSources;

/**
 * One {@code b1.*} rule as an ordinary catalogue rule: the runner applies the plan's {@code ernst:} and
 * {@code afwijkingen:} to it like to every rule. The five b1 rules share one reading of the plan's texts
 * ({@link B1Texts}); each reports its own part of it. Titles, explanations and messages are the readability package's.
 */
final class B1Rule implements PlanSourceRule, DataRule {

    private static final Messages MESSAGES = Messages.forPackageOf(ReadabilityChecker.class);
    private final String id;
    private final B1Texts texts;

    /** @param texts the plan's texts and how to judge them; null for the catalogue entry that never runs */
    B1Rule(String id, B1Texts texts) {
        this.id = id;
        this.texts = texts;
    }

    @Override
    public boolean active() {
        return texts != null;
    }

    @Override
    public void check(PlanSources sources, RuleContext context) throws PlanInputException {
        for (ReadabilityIssue issue : sources.shared(B1Texts.class, texts::issues)) {
            if (issue.rule().equals(id)) {
                context.report(issue.position(), issue.key(), issue.arguments().toArray());
            }
        }
    }

    @Override
    public RuleInfo info() {
        return new Info(id, Severity.WAARSCHUWING, new String[] {ReadabilityRules.LEGAL_BASIS},
                new Sector[] {Sector.PO, Sector.VO}, Law.ALWAYS);
    }

    /** Good practice, not law: there are no sub-elements the text must describe. */
    @Override
    public List<SubElement> subElements() {
        return List.of();
    }

    @Override
    public Messages messages() {
        return MESSAGES;
    }

    /** The catalogue facts as the annotation would give them. */
    private record Info(String id, Severity severity, String[] legalBasis, Sector[] sectors, String inForce)
            implements RuleInfo {
        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return RuleInfo.class;
        }
    }
}
