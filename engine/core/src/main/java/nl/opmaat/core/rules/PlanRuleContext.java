package nl.opmaat.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;

/** The {@link RuleContext} for one rule on one plan: collects that rule's findings. */
final class PlanRuleContext implements RuleContext, GradedReporting {

    private static final Messages SHARED = Messages.forPackageOf(PlanRuleContext.class);
    private final LoadedPlan loaded;
    private final RuleDefinition rule;
    private final Severity severity;
    private final ContentAssessor content;
    private final RuleCatalogue catalogue;
    private final java.time.LocalDate today;
    private final List<Finding> findings = new ArrayList<>();

    PlanRuleContext(LoadedPlan loaded, RuleDefinition rule, Severity severity, ContentAssessor content,
                    RuleCatalogue catalogue, java.time.LocalDate today) {
        this.loaded = loaded;
        this.rule = rule;
        this.severity = severity;
        this.content = content;
        this.catalogue = catalogue;
        this.today = today;
    }

    @Override
    public boolean knowsRule(String ruleId) {
        return catalogue.find(ruleId).isPresent();
    }

    @Override
    public java.time.LocalDate today() {
        return today;
    }

    List<Finding> findings() {
        return findings;
    }

    @Override
    public SourcePosition positionOf(String pointer) {
        return loaded.yaml().positionOf(pointer);
    }

    @Override
    public Optional<Section> resolve(SectionRef reference) {
        return resolve(loaded.plan().chapters(), reference).or(() -> resolve(loaded.plan().annexChapters(), reference));
    }

    static Optional<Section> resolve(List<Chapter> chapters, SectionRef reference) {
        for (Chapter chapter : chapters) {
            if (!chapter.file().equals(reference.file())) {
                continue;
            }
            if (reference.anchor().isEmpty()) {
                return Optional.of(wholeFile(chapter));
            }
            return chapter.sections().stream().filter(s -> s.anchor().equals(reference.anchor())).findFirst();
        }
        return Optional.empty();
    }

    private static Section wholeFile(Chapter chapter) {
        int top = chapter.sections().stream().mapToInt(Section::level).min().orElse(1);
        StringBuilder text = new StringBuilder();
        chapter.sections().stream().filter(s -> s.level() == top).forEach(s -> text.append(s.text()).append('\n'));
        return new Section(chapter.file(), "", chapter.title(), 0, new SourcePosition(chapter.file(), 1, 1),
                text.toString().trim());
    }

    @Override
    public Optional<String> emptinessReason(Section section) {
        return content.emptinessReason(section);
    }

    @Override
    public void report(SourcePosition position, String messageKey, Object... arguments) {
        report(severity, position, messageKey, arguments);
    }

    @Override
    public void reportOneLevelLower(SourcePosition position, String messageKey, Object... arguments) {
        report(severity == Severity.FOUT ? Severity.WAARSCHUWING : Severity.ADVIES, position, messageKey, arguments);
    }

    @Override
    public void reportAsAdvice(SourcePosition position, String messageKey, Object... arguments) {
        report(Severity.ADVIES, position, messageKey, arguments);
    }

    private void report(Severity level, SourcePosition position, String messageKey, Object... arguments) {
        String key = rule.id() + "." + messageKey;
        Messages bundle = rule.messages();
        if (!bundle.has(key)) {
            key = messageKey;
            bundle = bundle.has(messageKey) ? bundle : SHARED;
        }
        findings.add(new Finding(rule.id(), level, position, bundle.format(key, arguments),
                bundle.formatOptional(key + ".hint", arguments), null));
    }
}
