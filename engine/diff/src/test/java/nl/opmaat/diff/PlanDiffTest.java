package nl.opmaat.diff;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.PlanChecker;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentFormat;
import nl.opmaat.core.document.DocumentWriters;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff pipeline without the CLI: which versions it reads, what it hands the writer, what it writes and when not. */
class PlanDiffTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final RecordingWriters writers = new RecordingWriters();
    private PlanDiff diff;

    @BeforeEach
    void pipeline() {
        RuleCatalogue catalogue = BuiltInRules.catalogue(Law.load());
        PlanChecker checker = new PlanChecker(new PlanReader(), catalogue, new RuleRunner(catalogue, Clock.systemUTC()));
        diff = new PlanDiff(checker, writers, "test", Optional.empty());
    }

    @Test
    void twoFoldersGiveTheRedlineWrittenUnderItsNameInTheFormatAskedFor() throws Exception {
        Path older = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("oud"));
        Path newer = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("nieuw"));
        RedlineBuilderTest.changePlan(newer);
        Path out = temp.resolve("uit");

        PlanDiff.Written written = assertInstanceOf(PlanDiff.Written.class,
                diff.between(older, newer, DocumentFormat.html, out));

        assertEquals(out.resolve("wijzigingen.html"), written.file());
        assertEquals(List.of(DocumentFormat.html), writers.formats);
        assertArrayEquals(writers.bytes(0), Files.readAllBytes(written.file()));
        String text = writers.text(0);
        assertTrue(text.contains("Bij swv \u203a gemeenten is Putten toegevoegd."), text);
        // The older version is checked too: the OOGO finding is new because the added gemeente has none.
        assertTrue(text.contains("Nieuw in deze versie") && text.contains("procedure.oogo-gemeenten"), text);
        // The versions are named as the user gave them.
        assertEquals("Versie " + older + " tegenover versie " + newer, writers.documents.get(0).meta().status());
    }

    @Test
    void aGitRefGivesTheSameDocumentAsTwoFoldersAndLeavesTheWorkingTreeAlone() throws Exception {
        Path repository = temp.resolve("repo");
        Path plan = RedlineBuilderTest.copy(VOORBEELD, repository.resolve("plannen/voorbeeld"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("eerste versie").setAuthor("test", "test@example.org")
                    .setCommitter("test", "test@example.org").setSign(false).call();
            git.tag().setName("instemming-opr").setSigned(false).setAnnotated(false).call();
        }
        RedlineBuilderTest.changePlan(plan);
        String before = Files.readString(plan.resolve("plan.yaml"));
        Path older = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("oud"));

        assertInstanceOf(PlanDiff.Written.class, diff.since(plan, "instemming-opr", DocumentFormat.docx, temp.resolve("a")));
        assertInstanceOf(PlanDiff.Written.class, diff.between(older, plan, DocumentFormat.docx, temp.resolve("b")));

        assertEquals(writers.documents.get(1).blocks(), writers.documents.get(0).blocks());
        // Only the cover names the versions: the tag and the working tree, against the two folders.
        assertEquals("Versie instemming-opr tegenover versie werkmap", writers.documents.get(0).meta().status());
        assertEquals(before, Files.readString(plan.resolve("plan.yaml")), "the working tree is left alone");
    }

    @Test
    void identicalVersionsWriteNothing() throws IOException {
        Path older = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("oud"));
        Path out = temp.resolve("uit");

        assertInstanceOf(PlanDiff.Identical.class, diff.between(older, older, DocumentFormat.docx, out));

        assertEquals(List.of(), writers.documents, "no redline is rendered");
        assertFalse(Files.exists(out));
    }

    @Test
    void aRefOrRepositoryThatCannotGiveTheOlderVersionIsNamedInDutch() throws Exception {
        Path repository = temp.resolve("repo");
        Path plan = RedlineBuilderTest.copy(VOORBEELD, repository.resolve("voorbeeld"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("eerste versie").setAuthor("test", "test@example.org")
                    .setCommitter("test", "test@example.org").setSign(false).call();
        }
        PlanDiff.NoOlderVersion unknown = assertInstanceOf(PlanDiff.NoOlderVersion.class,
                diff.since(plan, "v9.9", DocumentFormat.docx, temp.resolve("uit")));
        assertEquals("De versie 'v9.9' bestaat niet in de Git-repository.", unknown.message());
        assertFalse(unknown.hint().isBlank());

        Path outside = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("los"));
        PlanDiff.NoOlderVersion noRepository = assertInstanceOf(PlanDiff.NoOlderVersion.class,
                diff.since(outside, "HEAD", DocumentFormat.docx, temp.resolve("uit")));
        assertTrue(noRepository.message().contains("niet in een Git-repository"), noRepository.message());
        assertEquals(List.of(), writers.documents);
    }

    @Test
    void anUnreadableVersionIsReportedUnderTheNameItWasGiven() throws IOException {
        Path good = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("goed"));
        Path missing = temp.resolve("bestaat-niet");
        Path out = temp.resolve("uit");

        PlanDiff.Unusable newer = assertInstanceOf(PlanDiff.Unusable.class,
                diff.between(good, missing, DocumentFormat.docx, out));
        PlanDiff.Unusable older = assertInstanceOf(PlanDiff.Unusable.class,
                diff.between(missing, good, DocumentFormat.docx, out));

        assertEquals(missing.toString(), newer.report().plan());
        assertEquals(missing.toString(), older.report().plan());
        assertTrue(newer.report().unusable() && older.report().unusable());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailingWriterLeavesNoFile() throws IOException {
        Path older = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("oud"));
        Path newer = RedlineBuilderTest.copy(VOORBEELD, temp.resolve("nieuw"));
        RedlineBuilderTest.changePlan(newer);
        Path out = temp.resolve("uit");
        writers.failure = new DocumentWriters.RenderFailure("Het lettertype ontbreekt.", "Installeer het.", null);

        PlanDiff.RenderFailed failed = assertInstanceOf(PlanDiff.RenderFailed.class,
                diff.between(older, newer, DocumentFormat.pdf, out));

        assertEquals("Het lettertype ontbreekt.", failed.failure().getMessage());
        assertFalse(Files.exists(out.resolve("wijzigingen.pdf")));
    }

    /** A writer that keeps each document it is given and answers with its text, or fails when told to. */
    private static final class RecordingWriters implements DocumentWriters {
        final List<Document> documents = new ArrayList<>();
        final List<DocumentFormat> formats = new ArrayList<>();
        DocumentWriters.RenderFailure failure;

        @Override
        public Map<DocumentFormat, byte[]> render(Collection<DocumentFormat> asked, Document document, Theme theme)
                throws RenderFailure {
            if (failure != null) {
                throw failure;
            }
            documents.add(document);
            formats.addAll(asked);
            Map<DocumentFormat, byte[]> out = new LinkedHashMap<>();
            asked.forEach(format -> out.put(format, text(document).getBytes(StandardCharsets.UTF_8)));
            return out;
        }

        byte[] bytes(int index) {
            return text(documents.get(index)).getBytes(StandardCharsets.UTF_8);
        }

        String text(int index) {
            return text(documents.get(index));
        }

        private static String text(Document document) {
            StringBuilder text = new StringBuilder();
            Blocks.flatten(document.blocks()).forEach(block -> {
                if (block instanceof Block.Heading heading) {
                    text.append(Inlines.plainText(heading.text())).append('\n');
                } else if (block instanceof Block.Paragraph paragraph) {
                    text.append(Inlines.plainText(paragraph.content())).append('\n');
                }
            });
            return text.toString();
        }
    }
}
