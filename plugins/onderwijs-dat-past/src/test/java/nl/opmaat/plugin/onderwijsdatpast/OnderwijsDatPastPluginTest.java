package nl.opmaat.plugin.onderwijsdatpast;

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
class OnderwijsDatPastPluginTest {

    private static final Path PLAN = Path.of("../../plan-sources/onderwijs-dat-past");

    @Test
    void descriptorThemeAndRulesShareThePluginId() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("plugin.properties"))) {
            descriptor.load(in);
        }
        assertEquals(OnderwijsDatPastTheme.ID, descriptor.getProperty("plugin.id"));
        assertEquals(OnderwijsDatPastPlugin.class.getName(), descriptor.getProperty("plugin.class"));
        assertEquals(OnderwijsDatPastTheme.ID, new OnderwijsDatPastTheme().theme().id());
        new OnderwijsDatPastRuleProvider().rules().forEach(rule ->
                assertTrue(rule.getClass().getAnnotation(RuleInfo.class).id().startsWith(OnderwijsDatPastTheme.ID + ".")));
    }

    @Test
    void themePassesTheFullCheckWithItsFontsAndLogo() {
        assertEquals(List.of(), ThemeCheck.full(new OnderwijsDatPastTheme(), OnderwijsDatPastTheme.ID));
        assertTrue(new OnderwijsDatPastTheme().logo().orElseThrow().altText().startsWith("Logo van SWV Onderwijs dat Past"));
    }

    @Test
    void fontLicenceShipsWithTheFonts() {
        assertTrue(OnderwijsDatPastTheme.class.getResource("fonts/LICENSE") != null, "the font licence is in the jar beside the fonts");
    }

    @Test
    void glossaryIsB1AndEveryTermIsUsedInThePlan() throws IOException {
        List<GlossaryTerm> terms = new OnderwijsDatPastGlossary().terms();
        assertEquals(List.of(), GlossaryCheck.problems(terms));
        String plan;
        try (Stream<Path> chapters = Files.list(PLAN.resolve("hoofdstukken"))) {
            plan = chapters.sorted().map(OnderwijsDatPastPluginTest::read).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
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
