package nl.opmaat.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.Finding;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;

/**
 * Test support for plugin authors: runs one plugin's rules on a fixture plan the way {@code opmaat check} does when the
 * plan selects the plugin, and reads the expected findings from {@code # expect: <rule-id>} comments in the fixture
 * ({@code <!-- expect: <rule-id> -->} in Markdown; {@code expect-next:} for the line below).
 */
public final class PluginRuleFixtures {

    private static final Pattern EXPECT =
            Pattern.compile("(?:#|<!--)\\s*expect(-next)?:\\s*([a-z0-9.-]+(?:\\s*,\\s*[a-z0-9.-]+)*)");
    /** Waivers expire relative to this fixed day, so fixtures never change meaning with the calendar. */
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    private PluginRuleFixtures() {
    }

    /** The findings of {@code provider}'s rules on the plan; fails when a rule cannot be registered or the plan is unreadable. */
    public static List<Finding> run(String pluginId, RuleProvider provider, Path planDirectory) {
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), Map.of(pluginId, List.of(provider)));
        if (!catalogue.problems().isEmpty()) {
            throw new IllegalStateException("Rules of " + pluginId + " cannot be registered: " + catalogue.problems());
        }
        try {
            return new RuleRunner(catalogue, FIXED).run(new PlanReader().read(planDirectory), pluginId).findings();
        } catch (PlanInputException e) {
            throw new IllegalStateException(planDirectory + " is not a readable plan: " + e.problems(), e);
        }
    }

    /**
     * {@code file:line rule-id} for each finding, sorted, one entry per finding: a rule that reports the same problem
     * twice on a line fails a fixture that expects it once.
     */
    public static List<String> actual(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.position().file() + ":" + f.position().line() + " " + f.ruleId()));
        out.sort(null);
        return out;
    }

    /**
     * {@code file:line rule-id} for each expectation comment in the plan directory, sorted; an id listed twice
     * ({@code # expect: inhoud.bezwaar, inhoud.bezwaar}) expects two findings on that line.
     */
    public static List<String> expected(Path planDirectory) {
        List<String> out = new ArrayList<>();
        try (var files = Files.walk(planDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = planDirectory.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (m.find()) {
                        int line = m.group(1) == null ? i + 1 : i + 2;
                        for (String id : m.group(2).split("\\s*,\\s*")) {
                            out.add(relative + ":" + line + " " + id);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }
}
