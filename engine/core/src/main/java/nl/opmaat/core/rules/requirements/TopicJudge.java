package nl.opmaat.core.rules.requirements;

import java.util.List;
import java.util.Map;
import nl.opmaat.api.model.Section;
import nl.opmaat.core.rules.requirements.DutchWords.Word;

/**
 * Decides whether a section is about a requirement's topic. A heading that names the topic settles it. Otherwise the
 * topic must be among the section's main subjects: it is mentioned in at least half as many sentences as the subject
 * mentioned most (another requirement, or the budget or steunpunt), and no other subject is named in the heading;
 * topics the data says may share a section (the SOP inside the basisondersteuning) do not compete, and a reference to
 * a whole chapter only has to mention the topic. So a
 * key that points at the money chapter is not rescued by one sentence there that mentions the basisondersteuning.
 */
final class TopicJudge {

    private final RequirementCatalogue catalogue;

    TopicJudge(RequirementCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param shared topics that may share a section with this one without making it off-topic */
    boolean isAbout(Section section, String topicName, List<String> shared, EvidenceText text) {
        List<Term> own = catalogue.topics().get(topicName);
        List<Word> title = TextIndex.wordsOf(section.title());
        if (own.stream().anyMatch(t -> t.occursIn(title))) {
            return true;
        }
        int mine = text.sentencesMentioning(own);
        if (mine == 0) {
            return false;
        }
        if (section.level() == 0) {
            return true; // a whole chapter holds many subjects by nature; mentioning the topic is enough
        }
        int most = 0;
        for (Map.Entry<String, List<Term>> other : catalogue.topics().entrySet()) {
            if (other.getKey().equals(topicName) || shared.contains(other.getKey())) {
                continue;
            }
            if (other.getValue().stream().anyMatch(t -> t.occursIn(title))) {
                return false;
            }
            most = Math.max(most, text.sentencesMentioning(other.getValue()));
        }
        return mine * 2 >= most;
    }
}
