package nl.opmaat.core.rules.requirements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opmaat.core.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every requirement of {@code requirements.yaml} on its fixture plans under {@code requirements/<rule-id>/}; the
 * fixtures' {@code expect:} comments say what it must find.
 */
class RequirementRuleTest {

    private static final Path ROOT = Path.of("src/test/resources/nl/opmaat/core/rules/requirements");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Requirement requirement : RequirementCatalogue.builtIn().requirements()) {
            Path folder = ROOT.resolve(requirement.id());
            try (Stream<Path> cases = Files.list(folder)) {
                cases.filter(Files::isDirectory).sorted()
                        .forEach(c -> out.add(Arguments.of(requirement.id(), c.getFileName().toString())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedFindings(String ruleId, String fixture) {
        RuleFixtures.assertFindingsMatchComments(ruleId, ROOT.resolve(ruleId).resolve(fixture));
    }
}
