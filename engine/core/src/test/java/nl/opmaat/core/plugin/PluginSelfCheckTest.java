package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.ThemeProvider;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-check finds what a copied plugin typically gets wrong. */
class PluginSelfCheckTest {

    @TempDir
    Path temp;

    @Test
    void reportsAMismatchedIdAndAGlossaryTermThePlanNeverUses() throws IOException {
        Path descriptor = Files.writeString(temp.resolve("plugin.properties"), "plugin.id=ander-swv\nplugin.class=x.Plugin\n");
        Path plan = Files.createDirectories(temp.resolve("plan/hoofdstukken")).getParent();
        Files.writeString(plan.resolve("hoofdstukken/01.md"), "# Inleiding\n\nDe TLV wordt aangevraagd door de school.\n");
        ThemeProvider theme = DefaultTheme::new;
        GlossaryProvider glossary = () -> List.of(
                new GlossaryTerm("TLV", "Een TLV is een besluit dat een kind naar het speciaal onderwijs mag.", List.of()),
                new GlossaryTerm("OPP", "Een OPP is een plan met de doelen voor een kind.", List.of()));
        List<String> problems = PluginSelfCheck.problems(descriptor, Object.class, theme, List::of, glossary, plan);
        assertTrue(problems.stream().anyMatch(p -> p.contains("differs from plugin.id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("plugin.class")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("OPP does not occur")), problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.contains("TLV does not occur")), problems.toString());
    }

    @Test
    void matchesWholeWordsOnly() {
        assertTrue(PluginSelfCheck.occurs("SLA", "de sla is klaar"));
        assertFalse(PluginSelfCheck.occurs("sla", "hij slaagt"));
    }
}
