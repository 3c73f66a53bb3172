package nl.opmaat.core.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.SourcePosition;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsTheLabelledParagraphsAsExpected() {
        String[] cases = TestTexts.resource("sentences.txt").split("\n\\s*\n");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String c : cases) {
            List<String> lines = c.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            String text = lines.get(0).substring(2);
            List<String> expected = lines.subList(1, lines.size());
            TextBlock block = TextBlock.fixed(TextBlock.Kind.PARAGRAPH, text, SourcePosition.ofFile("t.md"));
            List<String> actual = splitter.split(block, 0).stream().map(Sentence::text).toList();
            if (!actual.equals(expected)) {
                wrong.add(text + "\n  expected " + expected + "\n  got      " + actual);
            }
            checked++;
        }
        assertEquals(32, checked, "number of labelled cases read");
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void keepsHeadingsAndListItemsApartAndKnowsWhereEachSentenceStarts() {
        String markdown = """
                # Het ondersteuningsplan

                Dit is de eerste zin. Dit is de tweede zin
                die over twee regels loopt.

                - een punt zonder punt
                - nog een punt. Met twee zinnen.

                ## 1. Kop zonder punt
                Tekst onder de *kop*. En **nog** een zin.
                """;
        List<Sentence> sentences = splitter.split(TestTexts.markdown(markdown));
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        assertEquals(List.of("Het ondersteuningsplan", "Dit is de eerste zin.",
                "Dit is de tweede zin die over twee regels loopt.", "een punt zonder punt", "nog een punt.",
                "Met twee zinnen.", "1. Kop zonder punt", "Tekst onder de kop.", "En nog een zin."), texts);
        List<String> positions = sentences.stream().map(s -> s.position().toString()).toList();
        assertEquals(List.of("test.md:1:3", "test.md:3:1", "test.md:3:23", "test.md:6:3", "test.md:7:3",
                "test.md:7:17", "test.md:9:4", "test.md:10:1", "test.md:10:23"), positions);
        List<TextBlock.Kind> kinds = sentences.stream().map(Sentence::kind).toList();
        assertEquals(List.of(TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH,
                TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.HEADING,
                TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH), kinds);
    }

    @Test
    void leavesTablesCodeAndFootnoteMarkersOut() {
        String markdown = """
                Een zin met een voetnoot.[^1]

                | kolom | kolom |
                |---|---|
                | geen zin | ook niet |

                ```
                code is geen tekst.
                ```

                [^1]: De voetnoot telt wel.
                """;
        List<String> texts = splitter.split(TestTexts.markdown(markdown)).stream().map(Sentence::text).toList();
        assertEquals(List.of("Een zin met een voetnoot.", "De voetnoot telt wel."), texts);
    }

    @Test
    void countsWordsWithoutPunctuation() {
        TextBlock block = TextBlock.fixed(TextBlock.Kind.PARAGRAPH, "Het ouder- en jeugdsteunpunt (JOS) helpt – gratis!",
                SourcePosition.ofFile("t.md"));
        assertEquals(List.of("Het", "ouder", "en", "jeugdsteunpunt", "JOS", "helpt", "gratis"),
                splitter.split(block, 0).get(0).words());
    }
}
