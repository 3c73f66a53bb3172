package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * A check renders nothing, so it reads only the plugin's theme.properties: not the CSS or the logo (the issue on
 * start-up: no theme on the check path). The commands that render read and gate them, and say when they fail.
 */
class CheckReadsNoThemeFilesTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld");

    @Test
    void aCheckLeavesTheThemeFilesUnreadAndARenderingReadGatesThem() throws Exception {
        List<String> read = new ArrayList<>();
        Map<String, String> files = Map.of("theme.css", "body { }",
                "logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'><image href='https://example.org/x.png'/></svg>");
        PluginFiles recording = name -> {
            read.add(name);
            return Optional.ofNullable(files.get(name)).map(s -> s.getBytes(StandardCharsets.UTF_8));
        };
        Theme theme = ThemeProperties.parse("proef", PluginDataFilesTest.THEME, recording).theme().orElseThrow();
        read.clear();
        PluginSelection selection = new PluginSelection(Optional.of("proef"), new GatedTheme(theme), List.of(),
                Optional.empty());
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        PlanChecker checker = new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, java.time.Clock.systemDefaultZone()),
                (PlanChecker.PluginChoice) loaded -> selection);

        PlanReport checked = checker.check(VOORBEELD);
        assertEquals(List.of(), read, "a check read theme files");
        assertTrue(checked.notes().stream().noneMatch(n -> n.contains("huisstijl")), checked.notes().toString());

        PlanReport rendered = checker.read(VOORBEELD).report();
        assertTrue(read.contains("logo.svg"), read.toString());
        assertTrue(rendered.notes().stream().anyMatch(n -> n.contains("de huisstijl van plugin proef is niet bruikbaar")),
                rendered.notes().toString());
    }
}
