package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opmaat.core.io.AtomicFiles;
import nl.opmaat.core.report.RuleCataloguePage;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

/** The committed catalogue page {@code docs/rules.md} is exactly what the generator makes of the current rules. */
class RuleCatalogueTest {

    private static final Path PAGE = Path.of("../..").toAbsolutePath().normalize().resolve("docs/rules.md");
    private static final RuleCatalogue CATALOGUE = BuiltInRules.catalogue(Law.load());

    @Test
    void catalogueHasNoRegistrationProblems() {
        assertEquals(List.of(), CATALOGUE.problems());
    }

    @Test
    void pageListsEveryRuleWithItsLegalBasis() {
        String page = new RuleCataloguePage().markdown(CATALOGUE);
        for (RuleDefinition rule : CATALOGUE.rules()) {
            assertTrue(page.contains("\n## " + rule.id() + "\n"), rule.id());
            assertTrue(page.contains(String.join("; ", rule.legalBasis())), rule.id());
            assertTrue(page.contains(rule.title()), rule.id());
        }
    }

    @Test
    void committedPageIsCurrent() throws IOException {
        String expected = new RuleCataloguePage().markdown(CATALOGUE);
        if (Boolean.getBoolean("opmaat.regenerate")) {
            AtomicFiles.write(PAGE, expected.getBytes(StandardCharsets.UTF_8));
        }
        String actual = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            fail(PAGE + " is out of date with the rule catalogue (" + firstDifference(expected, actual) + "). "
                    + "Regenerate it: mvn -q -B -o install -pl engine/core -am -Dtest=RuleCatalogueTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -Dopmaat.regenerate=true, and commit docs/rules.md.");
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of page>";
            String al = i < a.length ? a[i] : "<end of page>";
            if (!el.equals(al)) {
                return "first difference at line " + (i + 1) + ": expected '" + el + "' but the file has '" + al + "'";
            }
        }
        return "they differ";
    }
}
