package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What users of other command-line tools expect: help on every command, completion, plan paths, --quiet, colour. */
class CliConventionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "build", "rules", "init", "plugins", "summary", "serve", "schema", "generate-completion", "help"})
    void everyCommandHasDutchHelpWithExamplesAndExitCodes(String command) {
        for (String flag : List.of("--help", "-h")) {
            CliRun run = CliRun.of(command, flag);
            assertEquals(0, run.exitCode(), command + " " + flag + ": " + run.err());
            assertTrue(run.out().startsWith("Gebruik: opmaat " + command), run.out());
            assertTrue(run.out().contains("\nExitcodes:\n  0  "), run.out());
            assertTrue(run.out().contains("\nVoorbeeld"), run.out());
            for (String english : List.of("Usage:", "Commands:", "Options:", "Display help", "Show this help")) {
                assertFalse(run.out().contains(english), command + " says " + english + ":\n" + run.out());
            }
        }
    }

    @Test
    void topLevelHelpListsTheCommandsInDutch() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\nOpdrachten:\n"), run.out());
        assertTrue(run.out().contains("generate-completion"), "completion is listed, not hidden");
        assertTrue(run.out().contains("[OPDRACHT]"), run.out());
    }

    @Test
    void completionScriptCompletesTheCommandsAndTheirOptions() {
        CliRun run = CliRun.of("generate-completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out().substring(0, 40));
        assertTrue(run.out().contains("complete -F _complete_opmaat"), "registers the completion function");
        assertTrue(run.out().contains("--fail-on"), "knows check's options");
        assertTrue(run.out().contains("(\"text\" \"json\" \"sarif\" \"junit\" \"github\" \"gitlab\")"), "knows the formats");
    }

    @Test
    void aFolderOfPlansChecksEveryPlanBelowItInNameOrder() throws IOException {
        CliRun run = CliRun.of("check", CliRun.ROOT.resolve("plan-sources").toString(), "--format", "json");
        List<String> plans = new ArrayList<>();
        for (JsonNode plan : new ObjectMapper().readTree(run.out())) {
            plans.add(Path.of(plan.path("plan").asText()).getFileName().toString());
        }
        List<String> folders;
        try (Stream<Path> dirs = Files.list(CliRun.ROOT.resolve("plan-sources"))) {
            folders = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
        }
        assertTrue(folders.size() > 1 && folders.contains("voorbeeld"), folders.toString());
        assertEquals(folders, plans);
    }

    @Test
    void aFolderWithoutAnyPlanIsUnusableInput(@TempDir Path empty) throws IOException {
        Files.createDirectories(empty.resolve("docs"));
        CliRun run = CliRun.of("check", empty.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("staat geen plan.yaml, ook niet in een map eronder"), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
    }

    @Test
    void colourFollowsTheOptionThenNoColorAndForceColor() {
        assertTrue(ColorChoice.always.colour(Map.of("NO_COLOR", "1"), false));
        assertFalse(ColorChoice.never.colour(Map.of("FORCE_COLOR", "1"), true));
        assertTrue(ColorChoice.auto.colour(Map.of(), true));
        assertFalse(ColorChoice.auto.colour(Map.of(), false));
        assertFalse(ColorChoice.auto.colour(Map.of("NO_COLOR", "1"), true));
        assertFalse(ColorChoice.auto.colour(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true));
        assertTrue(ColorChoice.auto.colour(Map.of("FORCE_COLOR", "1"), false), "FORCE_COLOR colours a CI log");
        assertFalse(ColorChoice.auto.colour(Map.of("FORCE_COLOR", "0"), true));
        assertFalse(ColorChoice.auto.colour(Map.of("TERM", "dumb"), true));
    }

    @Test
    void colourAlwaysPaintsTheTextReport() {
        assertTrue(CliRun.of("check", CliRun.plan("po-22-02-emmen"), "--color=always").out().contains("\u001b[1;31mfout"));
        assertFalse(CliRun.of("check", CliRun.plan("po-22-02-emmen"), "--color=never").out().contains("\u001b["));
    }
}
