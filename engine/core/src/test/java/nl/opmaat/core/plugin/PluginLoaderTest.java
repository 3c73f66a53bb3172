package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.theme.DefaultTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads real plugin jars, built here, through the real pf4j manager: a working plugin and every kind of broken one. A
 * broken plugin is reported in Dutch and skipped; loading goes on.
 */
class PluginLoaderTest {

    @TempDir
    Path temp;

    private static String themeSource(String pkg, String id, String code) {
        return """
                package %1$s;
                import java.util.List;
                import java.util.Optional;
                import nl.opmaat.api.theme.*;
                public final class Style implements ThemeProvider, Theme {
                    public Theme theme() { return this; }
                    public List<String> swvCodes() { return List.of("%3$s"); }
                    public String id() { return "%2$s"; }
                    public String name() { return "Huisstijl %2$s"; }
                    public String css() { return "body { color: #1A1A1A; }"; }
                    public List<ThemeFont> fonts() {
                        return List.of(new ThemeFont("Proef Sans", 400, false, "SIL OFL 1.1", () -> Style.class.getResourceAsStream("/proef.ttf")));
                    }
                    public String bodyFont() { return "Proef Sans"; }
                    public String headingFont() { return "Proef Sans"; }
                    public ThemeColours colours() { return new ThemeColours("1F3A5F", "D9E2EC", "1A1A1A"); }
                    public Optional<ThemeLogo> logo() { return Optional.empty(); }
                }
                """.formatted(pkg, id, code);
    }

    private static final String RULES = """
            package proef;
            import java.util.List;
            import nl.opmaat.api.rule.*;
            public final class Rules implements RuleProvider {
                public List<Rule> rules() { return List.of(new GoalsRule()); }
            }
            """;

    private static final String GOALS_RULE = """
            package proef;
            import nl.opmaat.api.Severity;
            import nl.opmaat.api.model.Plan;
            import nl.opmaat.api.rule.*;
            @RuleInfo(id = "proef.doelen", severity = Severity.WAARSCHUWING, legalBasis = "eigen afspraak")
            public final class GoalsRule implements Rule {
                public void check(Plan plan, RuleContext context) {
                    if (plan.doelen().isEmpty()) {
                        context.report(context.positionOf("/doelen"), "missing");
                    }
                }
            }
            """;

    private static final String GLOSSARY = """
            package proef;
            import java.util.List;
            import nl.opmaat.api.theme.*;
            public final class Words implements GlossaryProvider {
                public List<GlossaryTerm> terms() {
                    return List.of(new GlossaryTerm("TLV", "Een TLV is het besluit dat een kind naar een speciale school mag.", List.of()));
                }
            }
            """;

    /** A complete, working plugin: theme (claiming {@code code}), one rule, a glossary. */
    private Path workingPlugin(Path dir, String id, String code) throws IOException {
        String pkg = id.replace("-", "");
        TestPluginJar jar = TestPluginJar.plugin(id)
                .source(pkg + ".Style", themeSource(pkg, id, code)).extension(pkg + ".Style")
                .file("proef.ttf", "\u0000\u0001\u0000\u0000 not a real font");
        if (id.equals("proef")) {
            jar.source("proef.Rules", RULES).source("proef.GoalsRule", GOALS_RULE).source("proef.Words", GLOSSARY)
                    .extension("proef.Rules").extension("proef.Words")
                    .file("proef/messages.properties", """
                            proef.doelen.title=Het plan heeft doelen
                            proef.doelen.missing=Het plan noemt geen doelen, terwijl de proefregio dat heeft afgesproken.
                            proef.doelen.missing.hint=Voeg doelen toe.
                            """);
        }
        return jar.build(dir, id + ".jar");
    }

    private InstalledPlugins load(Path... dirs) {
        return new PluginLoader(false, null).load(
                java.util.Arrays.stream(dirs).map(d -> new PluginDirectories.Source(d, false, true)).toList());
    }

    private Plan plan(String yaml) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plan-" + Math.abs(yaml.hashCode())));
        Files.writeString(dir.resolve("plan.yaml"), yaml);
        return new PlanReader().read(dir).plan();
    }

    @Test
    void loadsAWorkingPluginWithItsThemeRulesAndGlossary() throws Exception {
        Path dir = temp.resolve("plugins");
        workingPlugin(dir, "proef", "PO 99-01");
        InstalledPlugins installed = load(dir);

        assertEquals(List.of(), installed.rejected());
        InstalledPlugin proef = installed.find("proef").orElseThrow();
        assertTrue(proef.active());
        assertEquals(List.of(), proef.problems());
        assertEquals("1.0.0", proef.version());
        assertEquals(List.of("PO 99-01"), proef.swvCodes());
        assertEquals("Huisstijl proef", proef.theme().orElseThrow().name());
        assertEquals(1, proef.glossary().size());
        assertEquals(List.of("opmaat", "proef"), List.copyOf(installed.ruleProvidersByOrigin().keySet()));
        assertTrue(installed.ruleProvidersByOrigin().get("opmaat").stream()
                .anyMatch(p -> p.getClass().getName().equals("nl.opmaat.core.rules.builtin.BuiltInRules")),
                "the built-in rules come through pf4j's @Extension index too");

        PluginSelection byCode = installed.select(plan("swv: { naam: SWV Proef, code: po 99-01, sector: po }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertEquals("proef", byCode.plugin().orElseThrow());
        assertEquals("proef", byCode.theme().id());
        assertTrue(byCode.note().isEmpty());
        PluginSelection byName = installed.select(plan("swv: { naam: SWV Proef, sector: po, plugin: proef }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertEquals("proef", byName.theme().id());
        assertEquals(1, byName.glossary().size());
    }

    @Test
    void aPlanWithoutPluginGetsTheDefaultThemeAndANote() throws Exception {
        Path dir = temp.resolve("plugins");
        workingPlugin(dir, "proef", "PO 99-01");
        InstalledPlugins installed = load(dir);

        PluginSelection none = installed.select(plan("swv: { naam: SWV Elders, code: VO 12-34, sector: vo }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertTrue(none.plugin().isEmpty());
        assertEquals(DefaultTheme.ID, none.theme().id());
        assertTrue(none.note().orElseThrow().contains("SWV Elders") && none.note().get().contains("standaardopmaak"));

        PluginSelection unknown = installed.select(plan("swv: { naam: SWV Proef, sector: po, plugin: onbekend }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertEquals(DefaultTheme.ID, unknown.theme().id());
        assertTrue(unknown.note().orElseThrow().contains("onbekend") && unknown.note().get().contains("--plugins"));
    }

    @Test
    void pluginRulesRunOnlyOnThePlanThatSelectsThePlugin() throws Exception {
        Path dir = temp.resolve("plugins");
        workingPlugin(dir, "proef", "PO 99-01");
        InstalledPlugins installed = load(dir);
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), installed.ruleProvidersByOrigin());
        assertEquals(List.of(), catalogue.problems());
        PlanChecker checker = new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, Clock.systemUTC()),
                installed::select);

        Path own = Files.createDirectories(temp.resolve("eigen"));
        Files.writeString(own.resolve("plan.yaml"), "swv: { naam: SWV Proef, sector: po, plugin: proef }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n");
        PlanReport report = checker.check(own);
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("proef.doelen")
                && f.message().contains("proefregio")), report.findings().toString());
        assertTrue(report.notes().isEmpty(), report.notes().toString());

        Path other = Files.createDirectories(temp.resolve("ander"));
        Files.writeString(other.resolve("plan.yaml"), "swv: { naam: SWV Ander, sector: po }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n");
        PlanReport otherReport = checker.check(other);
        assertTrue(otherReport.findings().stream().noneMatch(f -> f.ruleId().startsWith("proef.")));
        assertTrue(otherReport.notes().get(0).contains("standaardopmaak"), "the default-theme note leads the notes");
    }

    @Test
    void aJarWithoutPluginIdIsReportedAndSkipped() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("x").withoutProperty("plugin.id").build(dir, "zonder-id.jar");
        workingPlugin(dir, "proef", "PO 99-01");
        InstalledPlugins installed = load(dir);

        assertEquals(1, installed.rejected().size());
        String problem = installed.rejected().get(0).problem();
        assertTrue(problem.contains("zonder-id.jar") && problem.contains("geen id"), problem);
        assertTrue(installed.find("proef").orElseThrow().active(), "the good plugin still loads");
    }

    @Test
    void aJarWithoutDescriptorIsNotAPlugin() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("x").withoutDescriptor().file("nl/voorbeeld/data.txt", "gewone bibliotheek").build(dir, "bibliotheek.jar");
        InstalledPlugins installed = load(dir);
        assertTrue(installed.rejected().get(0).problem().contains("geen opmaat-plugin"), installed.rejected().toString());
    }

    @Test
    void aJarThatIsNotAZipIsReportedAndSkipped() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.notAZip(dir, "kapot.jar");
        workingPlugin(dir, "proef", "PO 99-01");
        InstalledPlugins installed = load(dir);

        assertEquals(1, installed.rejected().size());
        assertTrue(installed.rejected().get(0).problem().contains("geen zip-archief"));
        assertTrue(installed.find("proef").orElseThrow().active());
        assertTrue(installed.hasProblems());
    }

    @Test
    void aMissingPluginClassLeavesThePluginInactive() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("zoek").property("plugin.class", "zoek.BestaatNiet").build(dir, "zoek.jar");
        InstalledPlugin plugin = load(dir).find("zoek").orElseThrow();

        assertFalse(plugin.active());
        assertTrue(plugin.problems().get(0).contains("zoek.BestaatNiet") && plugin.problems().get(0).contains("plugin.class"),
                plugin.problems().toString());
    }

    @Test
    void aPluginThatThrowsInStartIsSkipped() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("kapot").property("plugin.class", "kapot.KapotPlugin")
                .source("kapot.KapotPlugin", """
                        package kapot;
                        public final class KapotPlugin extends org.pf4j.Plugin {
                            @Override public void start() { throw new IllegalStateException("database niet bereikbaar"); }
                        }
                        """)
                .source("kapot.Style", themeSource("kapot", "kapot", "PO 99-02")).extension("kapot.Style")
                .build(dir, "kapot.jar");
        InstalledPlugins installed = load(dir);
        InstalledPlugin plugin = installed.find("kapot").orElseThrow();

        assertFalse(plugin.active());
        assertTrue(plugin.theme().isEmpty(), "a plugin that did not start contributes nothing");
        assertTrue(plugin.problems().get(0).contains("bij het starten") && plugin.problems().get(0).contains("database niet bereikbaar"));
        PluginSelection selection = installed.select(plan("swv: { naam: SWV K, sector: po, plugin: kapot }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertEquals(DefaultTheme.ID, selection.theme().id());
        assertTrue(selection.note().orElseThrow().contains("kon niet geladen worden"));
    }

    @Test
    void twoPluginsClaimingOneSwvCodeLoseThatClaim() throws Exception {
        Path dir = temp.resolve("plugins");
        workingPlugin(dir, "eerste", "PO 99-01");
        workingPlugin(dir, "tweede", "po 99-01");
        InstalledPlugins installed = load(dir);

        for (String id : List.of("eerste", "tweede")) {
            InstalledPlugin plugin = installed.find(id).orElseThrow();
            assertTrue(plugin.active());
            assertEquals(List.of(), plugin.swvCodes());
            assertTrue(plugin.problems().get(0).contains("ook geclaimd door"), plugin.problems().toString());
        }
        PluginSelection selection = installed.select(plan("swv: { naam: SWV Proef, code: PO 99-01, sector: po }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"));
        assertEquals(DefaultTheme.ID, selection.theme().id());
        assertTrue(selection.note().orElseThrow().contains("eerste, tweede"));
        assertEquals("tweede", installed.select(plan("swv: { naam: SWV Proef, code: PO 99-01, sector: po, plugin: tweede }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n"))
                .theme().id(), "swv.plugin still chooses");
    }

    @Test
    void theSamePluginTwiceLoadsTheFirstAndReportsTheSecond() throws Exception {
        Path first = temp.resolve("eerst");
        Path second = temp.resolve("daarna");
        workingPlugin(first, "proef", "PO 99-01");
        workingPlugin(second, "proef", "PO 99-01");
        InstalledPlugins installed = load(first, second);

        assertEquals(1, installed.plugins().size());
        assertTrue(installed.plugins().get(0).location().startsWith(first));
        assertTrue(installed.rejected().get(0).problem().contains("al geladen"));
    }

    @Test
    void aPluginWithoutExtensionIndexIsReportedAsContributingNothing() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("leeg").source("leeg.Style", themeSource("leeg", "leeg", "PO 99-03"))
                .extension("leeg.Style").withoutExtensionIndex().build(dir, "leeg.jar");
        InstalledPlugin plugin = load(dir).find("leeg").orElseThrow();
        assertTrue(plugin.active());
        assertTrue(plugin.problems().get(0).contains("extensions.idx"), plugin.problems().toString());
    }

    @Test
    void brokenExtensionsAreNamedOneByOne() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("half")
                .source("half.Style", themeSource("half", "half", "PO 99-04")).extension("half.Style")
                .extension("half.Weg")
                .source("half.Boos", """
                        package half;
                        public final class Boos implements nl.opmaat.api.rule.RuleProvider {
                            public Boos() { throw new IllegalStateException("kapotte constructor"); }
                            public java.util.List<nl.opmaat.api.rule.Rule> rules() { return java.util.List.of(); }
                        }
                        """).extension("half.Boos")
                .source("half.Vreemd", "package half; public final class Vreemd implements org.pf4j.ExtensionPoint { }")
                .extension("half.Vreemd")
                .file("proef.ttf", "\u0000\u0001\u0000\u0000")
                .build(dir, "half.jar");
        InstalledPlugin plugin = load(dir).find("half").orElseThrow();

        assertTrue(plugin.active());
        assertTrue(plugin.theme().isPresent(), "the working extension still counts");
        String all = String.join("\n", plugin.problems());
        assertTrue(all.contains("half.Weg") && all.contains("de klasse zit niet in de plugin"), all);
        assertTrue(all.contains("half.Boos") && all.contains("kapotte constructor"), all);
        assertTrue(all.contains("half.Vreemd") && all.contains("geen uitbreidingspunt"), all);
    }

    @Test
    void aPluginThatBundlesItsOwnApiIsToldToUseProvidedScope() throws Exception {
        Path dir = temp.resolve("plugins");
        TestPluginJar.plugin("eigen").copyOf(RuleProvider.class)
                .source("eigen.Rules", """
                        package eigen;
                        public final class Rules implements nl.opmaat.api.rule.RuleProvider {
                            public java.util.List<nl.opmaat.api.rule.Rule> rules() { return java.util.List.of(); }
                        }
                        """).extension("eigen.Rules")
                .build(dir, "eigen.jar");
        InstalledPlugin plugin = load(dir).find("eigen").orElseThrow();
        assertTrue(plugin.problems().get(0).contains("eigen kopie van opmaat-api"), plugin.problems().toString());
    }

    @Test
    void anUnfitThemeIsSkippedWithItsReasons() throws Exception {
        Path dir = temp.resolve("plugins");
        String wrongId = themeSource("anders", "iets-anders", "PO 99-05").replace("\"1A1A1A\")", "\"BBBBBB\")");
        TestPluginJar.plugin("anders").source("anders.Style", wrongId).extension("anders.Style").build(dir, "anders.jar");
        InstalledPlugin plugin = load(dir).find("anders").orElseThrow();

        assertTrue(plugin.theme().isEmpty());
        assertEquals(List.of(), plugin.swvCodes(), "without a theme the plugin claims no SWV code");
        String all = String.join("\n", plugin.problems());
        assertTrue(all.contains("iets-anders") && all.contains("contrast"), all);
    }

    @Test
    void aMissingPluginsDirectoryGivenByTheUserIsReported() {
        InstalledPlugins installed = load(temp.resolve("bestaat-niet"));
        assertTrue(installed.rejected().get(0).problem().contains("bestaat niet"));
        InstalledPlugins quiet = new PluginLoader(false, null)
                .load(List.of(new PluginDirectories.Source(temp.resolve("ook-niet"), false, false)));
        assertEquals(List.of(), quiet.rejected(), "~/.opmaat/plugins may be absent without a word");
    }
}
