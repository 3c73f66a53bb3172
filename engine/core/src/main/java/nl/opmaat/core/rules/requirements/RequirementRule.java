package nl.opmaat.core.rules.requirements;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.DataRule;
import nl.opmaat.core.rules.GradedReporting;
import nl.opmaat.core.rules.requirements.Requirement.Element;
import nl.opmaat.core.rules.requirements.RequirementSubjects.Subject;

/**
 * Judges one legal element of {@code requirements.yaml} on what the plan's text says, not on where a key points: every
 * referenced section must be about the element's topic, and together with the key's free-text fields the text must
 * address each sub-element the law asks for. A sentence that sends the reader elsewhere (a website, a document still to
 * be written, an annex that is not included, the national handreiking) counts for nothing and is quoted instead.
 *
 * <p>Known false positive: a sub-element described in words that none of its evidence terms stems to; the message then
 * names what is missing, so the author can say it in the plan's terms or widen the evidence in the data file.
 */
final class RequirementRule implements Rule, DataRule {

    static final Messages MESSAGES = Messages.forPackageOf(RequirementRule.class);
    static final String MSG_MISSING = "missing";
    static final String MSG_NO_PARAGRAPH = "paragraaf.missing";
    static final String MSG_UNRESOLVED = "paragraaf.unresolved";
    static final String MSG_THIN_SECTION = "paragraaf.thin";
    static final String MSG_OFF_TOPIC = "off-topic";
    static final String MSG_ELEMENT_MISSING = "element.missing";
    static final String MSG_ELEMENT_DEFERRED = "element.deferred";
    static final String MSG_ELEMENT_THIN = "element.thin";
    static final String MSG_ELEMENT_NO_KEY = "element.no-key";

    private final Requirement requirement;
    private final RequirementCatalogue catalogue;
    private final Messages messages;
    private final RuleInfo info;

    RequirementRule(Requirement requirement, RequirementCatalogue catalogue) {
        this.requirement = requirement;
        this.catalogue = catalogue;
        this.messages = Messages.overlay(Map.of(
                requirement.id() + ".title", Messages.literal(requirement.title()),
                requirement.id() + ".uitleg", Messages.literal(requirement.explanation()),
                requirement.id() + "." + MSG_MISSING, Messages.literal(requirement.missing()),
                requirement.id() + "." + MSG_MISSING + ".hint", Messages.literal(requirement.missingHint()) + "{0}"),
                MESSAGES);
        this.info = new Info(requirement);
    }

    Requirement requirement() {
        return requirement;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public List<SubElement> subElements() {
        return requirement.elements().stream().map(e -> new SubElement(e.id(), e.description(), e.example(),
                e.evidence().stream().map(Term::text).toList(),
                e.sectors().stream().map(Sector::label).toList())).toList();
    }

    @Override
    public void check(Plan plan, RuleContext context) {
        ContentAssessor content = new ContentAssessor(plan.bijlagen());
        Optional<Subject> subject = RequirementSubjects.of(plan, requirement.key());
        Hint hint = new Hint(plan, content);
        if (subject.isEmpty()) {
            context.report(context.positionOf(requirement.pointer()), MSG_MISSING, hint.text(List.of()));
            return;
        }
        List<String> fields = fieldTexts(subject.get());
        List<SectionRef> references = subject.get().references();
        if (references.isEmpty()) {
            judgeFieldsAlone(plan, context, content, fields, hint);
            return;
        }
        Reading reading = read(references, context, content);
        String suggestion = reading.offTopic().isEmpty() ? "" : hint.text(references);
        if (reading.onTopic().isEmpty()) {
            reading.reportThinOrOffTopic(context, suggestion);
            return;
        }
        reading.reportOffTopic(context, suggestion);
        SourcePosition at = context.positionOf(reading.onTopic().get(0).reference().pointer());
        String where = describe(reading.onTopic());
        List<String> texts = new ArrayList<>(reading.texts());
        texts.addAll(fields);
        EvidenceText evidence = EvidenceText.of(texts, catalogue, content);
        for (Element element : applicable(plan)) {
            if (element.key() != null) {
                judgeOwnKey(plan, context, content, element);
            } else {
                judge(element, evidence, context, at, where, () -> hint.text(references));
            }
        }
        extraChecks(plan, context);
    }

    /** Checks of the element that are logic, not evidence (kept with the requirement so the rule id stays one). */
    private void extraChecks(Plan plan, RuleContext context) {
        if ("inhoud.bezwaar".equals(requirement.id())) {
            ObjectionRoute.check(plan, context);
        }
    }

    private void judgeFieldsAlone(Plan plan, RuleContext context, ContentAssessor content, List<String> fields, Hint hint) {
        EvidenceText evidence = EvidenceText.of(fields, catalogue, content);
        boolean complete = !evidence.isEmpty() && applicable(plan).stream()
                .allMatch(e -> e.key() == null && evidence.describing(e.evidence()).size() >= e.min());
        if (!complete) {
            SourcePosition at = context.positionOf(requirement.pointer());
            context.report(at, MSG_NO_PARAGRAPH, readableKey(), hint.text(List.of()));
        } else {
            extraChecks(plan, context);
        }
    }

    /** A sub-element with references of its own ({@code tlv/sbo}): judged on those sections only. */
    private void judgeOwnKey(Plan plan, RuleContext context, ContentAssessor content, Element element) {
        Optional<Subject> own = RequirementSubjects.of(plan, element.key());
        String pointer = "/" + element.key();
        if (own.isEmpty()) {
            context.report(context.positionOf(pointer), MSG_ELEMENT_NO_KEY, element.key().replace('/', '.'),
                    element.description());
            return;
        }
        Reading reading = read(own.get().references(), context, content);
        if (reading.onTopic().isEmpty() && reading.offTopic().isEmpty()) {
            reading.reportThinOrOffTopic(context, "");
            return;
        }
        List<Located> sections = new ArrayList<>(reading.onTopic());
        sections.addAll(reading.offTopic());
        EvidenceText evidence = EvidenceText.of(sections.stream().map(l -> l.section().text()).toList(), catalogue, content);
        judge(element, evidence, context, context.positionOf(sections.get(0).reference().pointer()), describe(sections),
                () -> "");
    }

    /** Reports the element when it is missing, deferred or thin. */
    private void judge(Element element, EvidenceText evidence, RuleContext context, SourcePosition at, String where,
                       java.util.function.Supplier<String> suggestion) {
        List<Term> found = evidence.describing(element.evidence());
        if (found.size() >= element.min()) {
            return;
        }
        List<Term> about = Stream.concat(element.evidence().stream(), requirement.topic().stream()).toList();
        // Only a deferral that names the element or its topic is quoted: another sentence's link is no excuse.
        Optional<EvidenceText.Sentence> deferral = evidence.deferralAbout(about);
        String key = readableKey();
        if (deferral.isPresent()) {
            context.report(at, MSG_ELEMENT_DEFERRED, key, where, element.description(),
                    deferral.get().deferral(), quote(deferral.get().text()), suggestion.get());
            return;
        }
        if (found.isEmpty()) {
            context.report(at, MSG_ELEMENT_MISSING, key, where, element.description(), suggestion.get());
            return;
        }
        String terms = found.stream().map(Term::text).collect(Collectors.joining("', '"));
        if (context instanceof GradedReporting graded) {
            graded.reportOneLevelLower(at, MSG_ELEMENT_THIN, key, where, element.description(), terms);
        } else {
            context.report(at, MSG_ELEMENT_THIN, key, where, element.description(), terms);
        }
    }

    private List<Element> applicable(Plan plan) {
        Sector sector = plan.swv().sector();
        return requirement.elements().stream().filter(e -> e.sectors().contains(sector)).toList();
    }

    private Reading read(List<SectionRef> references, RuleContext context, ContentAssessor content) {
        Reading reading = new Reading();
        for (SectionRef reference : references) {
            Optional<Section> section = context.resolve(reference);
            if (section.isEmpty()) {
                context.report(context.positionOf(reference.pointer()), MSG_UNRESOLVED, readableKey(), reference);
                continue;
            }
            Located located = new Located(reference, section.get());
            Optional<String> thin = context.emptinessReason(section.get());
            if (thin.isPresent()) {
                reading.thin.add(located);
                reading.thinReasons.add(thin.get());
            } else if (new TopicJudge(catalogue).isAbout(section.get(), requirement.id(), requirement.sharesWith(),
                    EvidenceText.of(List.of(section.get().text()), catalogue, content))) {
                reading.onTopic.add(located);
            } else {
                reading.offTopic.add(located);
            }
        }
        return reading;
    }

    /** The resolved sections of a requirement's references, sorted by what they hold. */
    private final class Reading {
        private final List<Located> onTopic = new ArrayList<>();
        private final List<Located> offTopic = new ArrayList<>();
        private final List<Located> thin = new ArrayList<>();
        private final List<String> thinReasons = new ArrayList<>();

        List<Located> onTopic() {
            return onTopic;
        }

        List<Located> offTopic() {
            return offTopic;
        }

        List<String> texts() {
            return onTopic.stream().map(l -> l.section().text()).toList();
        }

        /** Off-topic references; only advice when another reference does hold the element. */
        void reportOffTopic(RuleContext context, String suggestion) {
            for (Located l : offTopic) {
                SourcePosition at = context.positionOf(l.reference().pointer());
                Object[] args = {readableKey(), describe(List.of(l)), requirement.subject(), suggestion};
                if (!onTopic.isEmpty() && context instanceof GradedReporting graded) {
                    graded.reportAsAdvice(at, MSG_OFF_TOPIC, args);
                } else {
                    context.report(at, MSG_OFF_TOPIC, args);
                }
            }
        }

        /** Nothing on topic: the off-topic references, or else the first thin section, as the old presence check did. */
        void reportThinOrOffTopic(RuleContext context, String suggestion) {
            if (!offTopic.isEmpty()) {
                reportOffTopic(context, suggestion);
            } else if (!thin.isEmpty()) {
                Section first = thin.get(0).section();
                context.report(first.position(), MSG_THIN_SECTION, readableKey(), first.title(), thinReasons.get(0));
            }
        }
    }

    /** A reference and the section it resolves to. */
    record Located(SectionRef reference, Section section) {
    }

    /** The hint's last sentence: a heading that does describe the requirement, searched once and only when needed. */
    private final class Hint {
        private final Plan plan;
        private final ContentAssessor content;
        private String text;

        Hint(Plan plan, ContentAssessor content) {
            this.plan = plan;
            this.content = content;
        }

        String text(List<SectionRef> current) {
            if (text == null) {
                text = SectionSuggester.best(requirement, applicable(plan), plan, catalogue, content, current)
                        .map(best -> MESSAGES.format("suggestion", best.section().title(), best.reference())).orElse("");
            }
            return text;
        }
    }

    private List<String> fieldTexts(Subject subject) {
        List<String> out = new ArrayList<>();
        for (String field : requirement.fields()) {
            out.addAll(subject.fields().getOrDefault(field, List.of()));
        }
        return out;
    }

    private String readableKey() {
        return requirement.key().replace('/', '.');
    }

    static String describe(List<Located> sections) {
        return sections.stream().map(l -> MESSAGES.format("where.section", l.section().title(), l.section().file()))
                .distinct().collect(Collectors.joining("; "));
    }

    /** The sentence, or its start and end when long: where a deferral points is usually said at the end. */
    private static String quote(String sentence) {
        String s = sentence.strip();
        return s.length() <= 140 ? s : s.substring(0, 60).strip() + " … " + s.substring(s.length() - 70).strip();
    }

    /** The catalogue facts of a data rule, in the shape of the annotation that code rules carry. */
    private record Info(String id, Severity severity, String[] legalBasis, Sector[] sectors, String inForce)
            implements RuleInfo {
        Info(Requirement r) {
            this(r.id(), r.severity(), r.legalBasis().toArray(String[]::new), r.sectors().toArray(Sector[]::new),
                    r.inForce());
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return RuleInfo.class;
        }
    }

    @Override
    public String toString() {
        return "RequirementRule[" + requirement.id() + "]";
    }
}
