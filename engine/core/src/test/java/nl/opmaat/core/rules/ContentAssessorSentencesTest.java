package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sentence splitter is a character loop for speed; these tests hold it to the two regular expressions that define
 * it (join soft line breaks, then split after . ! ? and at the remaining line breaks).
 */
class ContentAssessorSentencesTest {

    private static final Pattern SOFT_BREAK = Pattern.compile("(?<=[\\p{L}\\p{N},)\"'’”])\\n(?=[\\p{L}\\p{N}(])");

    private static List<String> byExpressions(String text) {
        String joined = SOFT_BREAK.matcher(text.strip()).replaceAll(" ");
        return Arrays.stream(joined.split("(?<=[.!?])\\s+|\\n+")).filter(s -> !s.isBlank()).toList();
    }

    @Test
    void joinsASentenceWrittenOverSeveralLines() {
        assertEquals(List.of("De school biedt extra ondersteuning aan leerlingen.", "Ouders praten mee."),
                ContentAssessor.sentences("De school biedt extra\nondersteuning aan leerlingen. Ouders\npraten mee."));
    }

    @Test
    void splitsListItemsAndRowsAtTheirLineBreaks() {
        assertEquals(List.of("- eerste punt;", "- tweede punt", "| a | b |"),
                ContentAssessor.sentences("- eerste punt;\n- tweede punt\n\n| a | b |"));
    }

    @Test
    void agreesWithTheExpressionsOnRandomText() {
        char[] alphabet = {'a', 'Z', 'é', '1', '²', ',', '.', '!', '?', ' ', ' ', '\n', '\n', '\t', '\r', '(', ')', '"',
            '\'', '’', '”', '-', '€', ':'};
        Random random = new Random(20261203L);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertEquals(byExpressions(input), ContentAssessor.sentences(input), () -> "for " + input.replace("\n", "\\n"));
        }
    }
}
