package nl.opmaat.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.Severity;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.fixture.TitledThrowingRule;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the catalogue and the runner treat plugin rules that break the rules for rules. */
class RuleCatalogueForPluginsTest {

    @RuleInfo(id = "zonder-prefix", severity = Severity.ADVIES, legalBasis = "eigen afspraak")
    static final class UnprefixedRule implements Rule {
        @Override
        public void check(Plan plan, RuleContext context) {
        }
    }

    @RuleInfo(id = "proef.gooit", severity = Severity.FOUT, legalBasis = "eigen afspraak")
    static final class ThrowingRule implements Rule {
        @Override
        public void check(Plan plan, RuleContext context) {
            throw new IllegalStateException("stuk");
        }
    }

    @Test
    void aPluginRuleWithoutThePluginPrefixIsLeftOutAndNamed() {
        RuleProvider provider = () -> List.of(new UnprefixedRule());
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), Map.of("proef", List.of(provider)));
        assertTrue(catalogue.find("zonder-prefix").isEmpty());
        assertEquals(1, catalogue.problemsOf("proef").size());
        assertTrue(catalogue.problemsOf("proef").get(0).contains("moet beginnen met proef."));
    }

    @Test
    void aThrowingPluginRuleBecomesANoteAndTheCheckGoesOn(@TempDir Path temp) throws Exception {
        RuleProvider provider = () -> List.of(new ThrowingRule());
        // The bundle of this test package lacks proef.gooit.title, so give the catalogue a provider it accepts:
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), Map.of("proef", List.of(provider)));
        assertTrue(catalogue.problemsOf("proef").get(0).contains("proef.gooit.title"),
                "a plugin rule needs its title in its own messages.properties");

        Files.writeString(temp.resolve("plan.yaml"), "swv: { naam: SWV Proef, sector: po, plugin: proef }\nperiode: { van: 2024-08-01, tot: 2028-07-31 }\n");
        RuleCatalogue withTitle = RuleCatalogue.of(Law.load(), Map.of("proef", List.of(() -> List.of(new TitledThrowingRule()))));
        assertEquals(List.of(), withTitle.problems());
        PlanReport report = new RuleRunner(withTitle, Clock.systemUTC()).run(new PlanReader().read(temp), "proef");
        assertEquals(List.of(), report.findings());
        assertTrue(report.notes().get(0).contains("proef.titel-gooit") && report.notes().get(0).contains("stuk"));
        assertTrue(report.applied().isEmpty(), "a rule that failed did not apply");
    }
}
