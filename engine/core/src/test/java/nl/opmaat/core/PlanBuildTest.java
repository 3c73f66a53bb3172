package nl.opmaat.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build pipeline without the CLI and without the real writers: what it writes, refuses and reports. */
class PlanBuildTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    /** Writes each format as its name plus the document's title; fails when told to. */
    private static final class FakeWriters implements DocumentWriters {
        final List<Document> rendered = new ArrayList<>();
        final boolean fail;

        FakeWriters(boolean fail) {
            this.fail = fail;
        }

        @Override
        public Map<DocumentFormat, byte[]> render(Collection<DocumentFormat> formats, Document document, Theme theme)
                throws RenderFailure {
            if (fail) {
                throw new RenderFailure("kapot", "probeer het opnieuw", null);
            }
            rendered.add(document);
            Map<DocumentFormat, byte[]> bytes = new LinkedHashMap<>();
            formats.forEach(f -> bytes.put(f, (f.name() + ":" + document.meta().title()).getBytes(StandardCharsets.UTF_8)));
            return bytes;
        }
    }

    private static PlanBuild build(DocumentWriters writers) {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        PlanChecker checker = new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, CLOCK));
        return new PlanBuild(checker, writers, "test", Optional.empty());
    }

    @Test
    void writesEveryFormatAskedForUnderItsFileName() throws IOException {
        FakeWriters writers = new FakeWriters(false);
        PlanBuild.Outcome outcome = build(writers).build(VOORBEELD, List.of(DocumentFormat.html, DocumentFormat.pdf), false, out);
        PlanBuild.Written written = assertInstanceOf(PlanBuild.Written.class, outcome);
        assertEquals(List.of(out.resolve("ondersteuningsplan.html"), out.resolve("ondersteuningsplan.pdf")), written.files());
        assertFalse(written.draft(), "the voorbeeld has no findings");
        assertEquals(1, writers.rendered.size(), "one document for every format");
        assertArrayEquals(("pdf:" + writers.rendered.get(0).meta().title()).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve("ondersteuningsplan.pdf")));
    }

    @Test
    void aFailingWriterLeavesNoFile() throws IOException {
        PlanBuild.Outcome outcome = build(new FakeWriters(true)).build(VOORBEELD, List.of(DocumentFormat.pdf), false, out);
        assertEquals("kapot", assertInstanceOf(PlanBuild.RenderFailed.class, outcome).failure().getMessage());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aStrictBuildRefusesAPlanWithErrorsAndAnUnusablePlanIsReported(@TempDir Path plans) throws IOException {
        Path draft = Files.createDirectories(plans.resolve("concept"));
        Files.writeString(draft.resolve("plan.yaml"), "swv: { naam: SWV Proef, sector: po, gemeenten: [Almere] }\n"
                + "periode: { van: 2026-08-01, tot: 2030-07-31 }\n", StandardCharsets.UTF_8);
        FakeWriters writers = new FakeWriters(false);
        PlanBuild.Refused refused = assertInstanceOf(PlanBuild.Refused.class,
                build(writers).build(draft, List.of(DocumentFormat.pdf), true, out));
        assertTrue(refused.errors() > 0);
        PlanBuild.Written concept = assertInstanceOf(PlanBuild.Written.class,
                build(writers).build(draft, List.of(DocumentFormat.pdf), false, out));
        assertTrue(concept.draft(), "without --strict the plan becomes a concept");
        assertEquals(refused.errors(), concept.errors());

        Path broken = Files.createDirectories(plans.resolve("kapot"));
        Files.writeString(broken.resolve("plan.yaml"), "swv: [niet, goed\n", StandardCharsets.UTF_8);
        PlanBuild.Unusable unusable = assertInstanceOf(PlanBuild.Unusable.class,
                build(writers).build(broken, List.of(DocumentFormat.pdf), false, out));
        assertTrue(unusable.report().unusable());
        assertEquals(1, writers.rendered.size(), "only the concept was rendered");
    }
}
