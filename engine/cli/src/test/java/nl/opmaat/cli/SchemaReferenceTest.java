package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opmaat schema} prints the checker's schema; {@code init} points editors at a schema file that exists. */
class SchemaReferenceTest {

    @Test
    void schemaCommandPrintsTheSchemaTheCheckerUses() throws Exception {
        CliRun run = CliRun.of("schema");
        assertEquals(0, run.exitCode());
        String bundled = Files.readString(CliRun.ROOT.resolve("engine/core/src/main/resources/nl/opmaat/schema/plan.schema.json"));
        assertEquals(bundled, run.out());
    }

    @Test
    void initWritesASchemaReferenceThatResolvesAndValidatesThePlan(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("nieuw");
        assertEquals(0, CliRun.of("init", plan.toString(), "--swv", "SWV Proef", "--sector", "po", "--gemeenten", "Almere").exitCode());
        String yaml = Files.readString(plan.resolve("plan.yaml"));
        String first = yaml.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("# yaml-language-server: $schema="), first);
        Path schemaFile = plan.resolve(first.substring(first.indexOf('=') + 1).strip());
        assertTrue(Files.isRegularFile(schemaFile), "the reference resolves: " + schemaFile);
        assertEquals(CliRun.of("schema").out(), Files.readString(schemaFile));

        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        JsonNode tree = new nl.opmaat.core.load.YamlLoader("plan.yaml").parse(yaml).root();
        assertEquals(List.of(), schema.validate(tree), "an editor with this schema accepts the new plan");
        assertEquals(1, CliRun.of("check", plan.toString()).exitCode(), "check reads the plan with the schema file beside it");
    }
}
