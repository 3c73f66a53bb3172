package nl.opmaat.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No package of the engine depends, through any chain, on a package that depends back on it (ARCHITECTURE.md, "What
 * is exemplary and why"). Runs here because the CLI's class path holds every engine module: api, core, pdf, docx, diff
 * and cli. Production classes only; test classes may reach across packages.
 */
class NoPackageCyclesTest {

    /** Every package is its own slice: {@code nl.opmaat.core.rules} and {@code nl.opmaat.core.rules.content} differ. */
    private static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    @Test
    void theEnginesPackagesFormNoCycle() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the PDF module's test helpers
                .importPackages("nl.opmaat");
        for (String module : List.of("nl.opmaat.api", "nl.opmaat.core.rules.readability", "nl.opmaat.pdf",
                "nl.opmaat.docx", "nl.opmaat.diff", "nl.opmaat.cli")) {
            assertTrue(engine.containPackage(module), module + " was not imported: the test would prove nothing");
        }
        noCycles("nl.opmaat").check(engine);
    }

    @Test
    void aPlantedCycleFails() {
        JavaClasses planted = new ClassFileImporter().importPackages("planted.cycle");
        AssertionError failure = assertThrows(AssertionError.class, () -> noCycles("planted.cycle").check(planted));
        assertTrue(failure.getMessage().contains("Cycle detected"), failure.getMessage());
        assertTrue(failure.getMessage().contains("planted.cycle.a.Left"), failure.getMessage());
    }
}
