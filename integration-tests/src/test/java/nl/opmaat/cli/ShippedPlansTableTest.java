package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opmaat.api.Severity;
import nl.opmaat.api.model.Periode;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.plugin.InstalledPlugins;
import nl.opmaat.core.plugin.PluginDirectories;
import nl.opmaat.core.plugin.PluginLoader;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table of shipped plans in README.md current: for every {@code plan-sources/*} directory its SWV, period
 * and the number of findings per severity, as {@code opmaat check} gives them today. Fails when the README block
 * differs; run with {@code -Dopmaat.regenerate=true} to rewrite the block.
 */
class ShippedPlansTableTest {

    static final String START = "<!-- plans-table:start -->";
    static final String END = "<!-- plans-table:end -->";
    static final String REGENERATE = "mvn -q -B -o verify -Dtest=ShippedPlansTableTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopmaat.regenerate=true";

    @Test
    void readmeTableMatchesTheChecker() throws IOException {
        Path root = CliRun.ROOT;
        Path readme = root.resolve("README.md");
        assertTrue(Files.isRegularFile(readme), "README.md is missing at " + readme);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            fail("README.md has no block between " + START + " and " + END + "; add both markers where the table belongs");
        }
        String current = text.substring(start + START.length(), end);
        String generated = "\n" + table(root) + "\n";
        if (current.equals(generated)) {
            return;
        }
        if (Boolean.getBoolean("opmaat.regenerate")) {
            String updated = text.substring(0, start + START.length()) + generated + text.substring(end);
            AtomicFiles.write(readme, updated.getBytes(StandardCharsets.UTF_8));
            return;
        }
        assertEquals(generated, current, "The plans table in README.md is stale: the shipped plans or the rules changed. "
                + "Regenerate it with: " + REGENERATE);
    }

    @Test
    void tableHasARowPerPlanSourceWithItsCounts() throws IOException {
        Path root = CliRun.ROOT;
        String table = table(root);
        List<String> rows = table.lines().filter(l -> l.startsWith("| [")).toList();
        assertEquals(planDirectories(root).size(), rows.size(), table);
        String voorbeeld = rows.stream().filter(r -> r.startsWith("| [voorbeeld]")).findFirst().orElseThrow();
        assertTrue(voorbeeld.endsWith("| 2026-08-01 t/m 2030-07-31 | 0 | 0 | 0 |"), voorbeeld);
    }

    /** The Markdown table: one row per plan directory, sorted by name. */
    static String table(Path root) throws IOException {
        // The plugins of this checkout too: each shipped plan names its plugin, whose local rules count, as in opmaat check.
        InstalledPlugins plugins = new PluginLoader(false, null)
                .load(List.of(new PluginDirectories.Source(root.resolve("plugins"), true, true)));
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), plugins.ruleProvidersByOrigin());
        // The same clock as opmaat check: the table shows what a user gets when running it today.
        RuleRunner runner = new RuleRunner(catalogue, Clock.systemDefaultZone());
        PlanReader reader = new PlanReader();
        StringBuilder out = new StringBuilder();
        out.append("<!-- Gegenereerd door ShippedPlansTableTest; bijwerken met: ").append(REGENERATE).append(" -->\n");
        out.append("| Plan | Samenwerkingsverband | Periode | Fout | Waarschuwing | Advies |\n");
        out.append("|---|---|---|---:|---:|---:|\n");
        for (Path dir : planDirectories(root)) {
            String name = dir.getFileName().toString();
            out.append("| [").append(name).append("](plan-sources/").append(name).append("/) | ");
            try {
                LoadedPlan loaded = reader.read(dir);
                Map<Severity, Integer> counts = runner.run(loaded, plugins.select(loaded.plan()).plugin().orElse(null)).counts();
                out.append(cell(loaded.plan().swv().naam())).append(" | ").append(period(loaded.plan().periode()));
                for (Severity s : Severity.values()) {
                    out.append(" | ").append(counts.get(s));
                }
                out.append(" |\n");
            } catch (PlanInputException e) {
                out.append("onleesbaar (").append(e.problems().size()).append(" invoerfouten) | – | – | – | – |\n");
            }
        }
        return out.toString().stripTrailing();
    }

    private static List<Path> planDirectories(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("plan-sources"))) {
            return dirs.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve(PlanReader.PLAN_FILE)))
                    .sorted().toList();
        }
    }

    private static String period(Periode periode) {
        if (periode == null) {
            return "niet genoemd";
        }
        return (periode.van() == null ? "?" : periode.van().toString()) + " t/m "
                + (periode.tot() == null ? "?" : periode.tot().toString());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
