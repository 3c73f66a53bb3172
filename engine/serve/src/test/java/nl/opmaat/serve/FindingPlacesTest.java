package nl.opmaat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Section;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.load.Slugs;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every heading of every shipped plan's chapters and annexes is paired with its anchor in the rendered document. */
class FindingPlacesTest {

    static Stream<String> plans() throws Exception {
        try (Stream<Path> dirs = Files.list(ServedPlan.PLAN_SOURCES)) {
            return dirs.filter(d -> Files.exists(d.resolve("plan.yaml"))).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void eachLineOfAChapterBelongsToTheHeadingAboveIt(String name) throws Exception {
        LoadedPlan loaded = new PlanReader().read(ServedPlan.PLAN_SOURCES.resolve(name));
        DefaultTheme theme = new DefaultTheme();
        Document document = new PlanDocumentBuilder(theme, "test", Optional.empty()).build(loaded, List.of(), List.of());
        Map<String, String> titleById = new HashMap<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                titleById.put(h.id(), Slugs.of(Inlines.plainText(h.text())));
            }
        }
        FindingPlaces places = new FindingPlaces(loaded, document, theme);
        int checked = 0;
        for (Chapter chapter : loaded.plan().chapters()) {
            List<Section> sections = chapter.sections();
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                int line = section.position().line();
                Optional<String> anchor = places.anchorOf(new SourcePosition(chapter.file(), line, 1));
                assertTrue(anchor.isPresent(), chapter.file() + ":" + line);
                assertEquals(section.anchor(), titleById.get(anchor.get()), chapter.file() + ":" + line);
                // A line in the text under the heading belongs to it too.
                int nextLine = i + 1 < sections.size() ? sections.get(i + 1).position().line() : Integer.MAX_VALUE;
                if (nextLine > line + 1) {
                    assertEquals(anchor, places.anchorOf(new SourcePosition(chapter.file(), line + 1, 1)));
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "the plan has headings");
    }
}
