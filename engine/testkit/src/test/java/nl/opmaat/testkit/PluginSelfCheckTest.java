package nl.opmaat.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-check finds what a copied plugin typically gets wrong. */
class PluginSelfCheckTest {

    @TempDir
    Path temp;

    @Test
    void reportsAnIncompleteThemeAMissingLicenceAndAGlossaryTermThePlanNeverUses() throws IOException {
        Path module = Files.createDirectories(temp.resolve("ander-swv"));
        Files.writeString(module.resolve("plugin.properties"), "plugin.id=ander-swv\nplugin.version=1.0.0\n");
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(classes.resolve("theme.properties"), "name=Huisstijl\ncolour.primary=1F4E79\n");
        Files.writeString(classes.resolve("glossary.yaml"), """
                begrippen:
                  - begrip: TLV
                    uitleg: Een TLV is een besluit dat een kind naar het speciaal onderwijs mag.
                  - begrip: OPP
                    uitleg: Een OPP is een plan met de doelen voor een kind.
                """);
        Path plan = Files.createDirectories(temp.resolve("plan/hoofdstukken")).getParent();
        Files.writeString(plan.resolve("hoofdstukken/01.md"), "# Inleiding\n\nDe TLV wordt aangevraagd door de school.\n");

        List<String> problems = PluginSelfCheck.problems(module, plan);

        assertTrue(problems.stream().anyMatch(p -> p.contains("mist de sleutel colour.text")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no usable house style")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("fonts/LICENSE")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("OPP does not occur")), problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.contains("TLV does not occur")), problems.toString());
    }

    @Test
    void matchesWholeWordsOnly() {
        assertTrue(PluginSelfCheck.occurs("SLA", "de sla is klaar"));
        assertFalse(PluginSelfCheck.occurs("sla", "hij slaagt"));
    }
}
