package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.theme.GlossaryTerm;
import org.junit.jupiter.api.Test;

class JargonDetectorTest {

    private final JargonDetector detector = JargonDetector.withBuiltIn(List.of());
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<JargonUse> uses(String... paragraphs) {
        return detector.firstUses(splitter.split(TestTexts.paragraphs(paragraphs)));
    }

    private JargonUse only(String... paragraphs) {
        List<JargonUse> uses = uses(paragraphs);
        assertEquals(1, uses.size(), () -> "uses: " + uses);
        return uses.get(0);
    }

    @Test
    void reportsAnUnexplainedFirstUse() {
        JargonUse use = only("De school vraagt een TLV aan.");
        assertEquals("TLV", use.term().term());
        assertFalse(use.explained());
        assertEquals("test.md:1:1", use.sentence().position().toString());
    }

    @Test
    void theGlossaryExplanationInTheNextSentenceExplainsIt() {
        assertTrue(only("De school vraagt een TLV aan. Een TLV is een besluit dat uw kind naar een speciale school mag.")
                .explained());
    }

    @Test
    void aDefinitionInTheNextSentenceExplainsIt() {
        assertTrue(only("De school vraagt een TLV aan.", "Dat is een besluit van de commissie.").explained());
        assertTrue(only("De school maakt een OPP.", "Een OPP is een plan met doelen voor uw kind.").explained());
    }

    @Test
    void aDefinitionInTheSameSentenceExplainsIt() {
        assertTrue(only("De school biedt een arrangement (extra hulp in de klas) aan.").explained());
        assertTrue(only("Zorgplicht: de school moet een plek zoeken.").explained());
        assertTrue(only("Heeft uw kind meer hulp nodig, dan noemen we dat een arrangement.").explained());
        assertTrue(only("De TLV, een besluit van het bestuur, geldt een jaar.").explained());
        assertTrue(only("Het SOP betekent: wat de school kan bieden.").explained());
    }

    @Test
    void spellingOutAnAbbreviationIsNoExplanation() {
        assertFalse(only("De school stelt een OPP (ontwikkelingsperspectiefplan) op.").explained());
        assertFalse(only("De toelaatbaarheidsverklaring (TLV) is nodig.").explained());
    }

    @Test
    void onlyTheFirstUseCounts() {
        List<JargonUse> uses = uses("Een TLV is een besluit van de commissie.", "Later vraagt de school nog een TLV aan.");
        assertEquals(1, uses.size());
        assertTrue(uses.get(0).explained());
    }

    @Test
    void aHeadingIsExplainedByTheFirstSentenceBelowIt() {
        TextSource text = TestTexts.markdown("## De TLV\n\nDat is een besluit van het bestuur.\n");
        List<JargonUse> uses = detector.firstUses(splitter.split(text));
        assertEquals("TLV", uses.get(0).term().term());
        assertTrue(uses.get(0).explained());
    }

    @Test
    void matchesPluralsVariantsAndExactCapitalsOnly() {
        List<String> found = new ArrayList<>();
        for (var match : detector.matches("TLV's, thuiszitters, arrangementen, Toelaatbaarheidsverklaring, Alsof so pro")) {
            found.add(match.term().term() + "=" + match.text());
        }
        assertEquals(List.of("TLV=TLV's", "thuiszitter=thuiszitters", "arrangement=arrangementen",
                "TLV=Toelaatbaarheidsverklaring", "SO=so"), found);
    }

    @Test
    void theLongerOfOverlappingTermsWins() {
        var matches = detector.matches("Na het voortgezet speciaal onderwijs en het VSO.");
        assertEquals(List.of("VSO", "VSO"), matches.stream().map(m -> m.term().term()).toList());
    }

    @Test
    void addsAndOverridesPluginGlossaryTerms() {
        JargonDetector withPlugin = JargonDetector.withBuiltIn(List.of(
                new GlossaryTerm("Kernschool", "De Kernschool is een school voor kinderen die net in Nederland zijn.",
                        List.of()),
                new GlossaryTerm("tlv", "Een TLV is een brief die zegt dat uw kind naar een speciale school mag.",
                        List.of("tlv-besluit"))));
        assertEquals("De Kernschool is een school voor kinderen die net in Nederland zijn.",
                withPlugin.find("kernschool").orElseThrow().explanation());
        GlossaryTerm tlv = withPlugin.find("TLV").orElseThrow();
        assertTrue(tlv.explanation().contains("brief"));
        assertTrue(tlv.variants().containsAll(List.of("toelaatbaarheidsverklaring", "tlv-besluit")));
        assertEquals(JargonDetector.builtInTerms().size() + 1, withPlugin.terms().size());
    }

    @Test
    void builtInExplanationsAreShortB1SentencesWithoutOtherJargon() {
        SyllableCounter syllables = new SyllableCounter();
        List<GlossaryTerm> terms = JargonDetector.builtInTerms();
        assertTrue(terms.size() >= 30, "built-in list has " + terms.size() + " terms");
        List<String> problems = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            String explanation = term.explanation();
            List<String> words = Words.of(explanation);
            if (!explanation.endsWith(".") || words.size() > 15) {
                problems.add(term.term() + ": " + words.size() + " words or no full stop");
            }
            List<JargonDetector.Match> matches = detector.matches(explanation);
            if (matches.stream().anyMatch(m -> !m.term().equals(term))) {
                problems.add(term.term() + " is explained with another term: " + matches);
            }
            if (matches.isEmpty()) {
                problems.add(term.term() + " does not name itself");
            }
            // Apart from the term itself, the explanation uses short words.
            String rest = explanation;
            for (var match : matches) {
                rest = rest.replace(match.text(), "");
            }
            List<String> others = Words.of(rest);
            int syllableCount = others.stream().mapToInt(syllables::count).sum();
            if (100.0 * syllableCount / others.size() > 165) {
                problems.add(term.term() + " uses long words: " + 100 * syllableCount / others.size());
            }
        }
        assertEquals(List.of(), problems);
        for (String required : List.of("TLV", "OPP", "SOP", "arrangement", "dekkend netwerk", "basisondersteuning",
                "samenwerkingsverband", "OPR", "OOGO", "SBO", "SO", "VSO", "thuiszitter", "zorgplicht")) {
            assertTrue(detector.find(required).isPresent(), required);
        }
        assertTrue(detector.find("SWV").isPresent());
    }
}
