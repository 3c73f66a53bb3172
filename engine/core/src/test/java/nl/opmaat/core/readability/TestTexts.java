package nl.opmaat.core.readability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.SourcePosition;

/** Helpers for the readability tests: labelled resources and small texts. */
final class TestTexts {

    private TestTexts() {
    }

    static String resource(String name) {
        try (InputStream in = TestTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-comment, non-blank lines. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** A text of plain paragraphs (one per argument) in a file called {@code test.md}. */
    static TextSource paragraphs(String... paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(TextBlock.fixed(TextBlock.Kind.PARAGRAPH, paragraphs[i], new SourcePosition("test.md", i + 1, 1)));
        }
        return new TextSource("test.md", new SourcePosition("test.md", 1, 1), blocks);
    }

    static TextSource markdown(String markdown) {
        return new MarkdownTextExtractor().extract("test.md", markdown, "test.md");
    }
}
