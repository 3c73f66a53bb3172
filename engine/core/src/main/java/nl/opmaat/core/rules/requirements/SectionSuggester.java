package nl.opmaat.core.rules.requirements;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.core.rules.ContentAssessor;
import nl.opmaat.core.rules.requirements.Requirement.Element;

/**
 * Finds the heading that really describes a requirement, for the hint of a missing or misdirected key: only a section
 * that is about the topic and addresses every sub-element counts, and of those the most specific (shortest) one wins.
 */
final class SectionSuggester {

    private SectionSuggester() {
    }

    /** A heading to point at, with the exact {@code paragraaf:} value. */
    record Suggestion(Section section, String reference) {
    }

    static Optional<Suggestion> best(Requirement requirement, List<Element> elements, Plan plan,
                                     RequirementCatalogue catalogue, ContentAssessor content, List<SectionRef> current) {
        return Stream.concat(plan.chapters().stream(), plan.annexChapters().stream())
                .flatMap(chapter -> chapter.sections().stream())
                .filter(section -> !section.anchor().isEmpty())
                .filter(section -> current.stream().noneMatch(r -> r.file().equals(section.file())
                        && r.anchor().equals(section.anchor())))
                // Only a heading that names the topic is suggested; checking that first keeps the search cheap.
                .filter(section -> requirement.topic().stream().anyMatch(t -> t.occursIn(TextIndex.wordsOf(section.title()))))
                .filter(section -> content.emptinessReason(section).isEmpty())
                .filter(section -> describesAll(section, requirement, elements, catalogue, content))
                .min(Comparator.comparingInt((Section s) -> s.text().length()))
                .map(section -> new Suggestion(section, section.file() + "#" + section.anchor()));
    }

    private static boolean describesAll(Section section, Requirement requirement, List<Element> elements,
                                        RequirementCatalogue catalogue, ContentAssessor content) {
        EvidenceText text = EvidenceText.of(List.of(section.text()), catalogue, content);
        return new TopicJudge(catalogue).isAbout(section, requirement.id(), requirement.sharesWith(), text) && elements.stream().filter(e -> e.key() == null)
                .allMatch(e -> text.describing(e.evidence()).size() >= e.min());
    }
}
