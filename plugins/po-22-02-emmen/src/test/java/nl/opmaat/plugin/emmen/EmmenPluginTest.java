package nl.opmaat.plugin.emmen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.plugin.GlossaryCheck;
import nl.opmaat.core.plugin.ThemeCheck;
import org.junit.jupiter.api.Test;

/** The plugin's parts agree with each other and with the engine's checks; its glossary fits its own plan. */
class EmmenPluginTest {

    private static final Path PLAN = Path.of("../../plan-sources/po-22-02-emmen");

    @Test
    void descriptorThemeAndRulesShareThePluginId() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("plugin.properties"))) {
            descriptor.load(in);
        }
        assertEquals(EmmenTheme.ID, descriptor.getProperty("plugin.id"));
        assertEquals(EmmenPlugin.class.getName(), descriptor.getProperty("plugin.class"));
        assertEquals(EmmenTheme.ID, new EmmenTheme().theme().id());
        new EmmenRuleProvider().rules().forEach(rule ->
                assertTrue(rule.getClass().getAnnotation(RuleInfo.class).id().startsWith(EmmenTheme.ID + ".")));
    }

    @Test
    void themePassesTheFullCheckWithItsFontsAndLogo() {
        assertEquals(List.of(), ThemeCheck.full(new EmmenTheme(), EmmenTheme.ID));
        assertTrue(new EmmenTheme().logo().orElseThrow().altText().startsWith("Logo van SWV PO 22-02"));
    }

    @Test
    void fontLicenceShipsWithTheFonts() {
        assertTrue(EmmenTheme.class.getResource("fonts/LICENSE") != null, "the font licence is in the jar beside the fonts");
    }

    @Test
    void glossaryIsB1AndEveryTermIsUsedInThePlan() throws IOException {
        List<GlossaryTerm> terms = new EmmenGlossary().terms();
        assertEquals(List.of(), GlossaryCheck.problems(terms));
        String plan;
        try (Stream<Path> chapters = Files.list(PLAN.resolve("hoofdstukken"))) {
            plan = chapters.sorted().map(EmmenPluginTest::read).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        }
        for (GlossaryTerm term : terms) {
            boolean used = Stream.concat(Stream.of(term.term()), term.variants().stream()).anyMatch(t -> occurs(t, plan));
            assertTrue(used, term.term() + " does not occur in the plan");
        }
    }

    /** The term as a whole word (or words), ignoring case: "sla" must not match "slaagt". */
    private static boolean occurs(String term, String text) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "(?!\\p{L})").matcher(text).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
