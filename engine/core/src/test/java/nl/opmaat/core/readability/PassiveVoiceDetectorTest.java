package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opmaat.api.SourcePosition;
import org.junit.jupiter.api.Test;

class PassiveVoiceDetectorTest {

    private final PassiveVoiceDetector detector = new PassiveVoiceDetector();

    private boolean passive(String sentence) {
        TextBlock block = TextBlock.fixed(TextBlock.Kind.PARAGRAPH, sentence, SourcePosition.ofFile("t.md"));
        return detector.isPassive(new SentenceSplitter().split(block, 0).get(0));
    }

    @Test
    void recognisesPassiveSentences() {
        List<String> passives = List.of(
                "Het plan wordt door het bestuur vastgesteld.",
                "Het plan is vastgesteld.",
                "Dat de aanvraag besproken wordt, hoort u van de school.",
                "De middelen worden verdeeld over de scholen.",
                "De TLV werd in 2024 afgegeven.",
                "Ouders worden altijd gehoord.",
                "De resultaten zijn gemeten in 2025.",
                "Het werk wordt gedaan door de intern begeleider.",
                "Leerlingen worden verwezen naar het SBO.");
        for (String sentence : passives) {
            assertEquals(true, passive(sentence), sentence);
        }
    }

    @Test
    void leavesActiveSentencesAlone() {
        List<String> actives = List.of(
                "Het bestuur stelt het plan vast.",
                "Het wordt een mooi jaar.",
                "De school is groot.",
                "Het aantal leerlingen is gelijk gebleven.",
                "De scholen worden steeds beter.",
                "De gemeente geeft geld.",
                "Wij willen dat kinderen zich veilig voelen.",
                "Het gebied is groot en de gemeenten zijn klein.",
                "Basisondersteuning is de hulp die elke school aan elk kind geeft.");
        for (String sentence : actives) {
            assertEquals(false, passive(sentence), sentence);
        }
    }
}
