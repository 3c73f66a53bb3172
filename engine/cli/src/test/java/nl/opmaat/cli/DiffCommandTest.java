package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opmaat diff} end to end: two folders and a folder against a Git tag give the same document; PDF (PDF/UA) and
 * HTML mark changes with {@code ins}/{@code del} and visible text markers; identical versions and missing input get
 * their Dutch message and exit code.
 */
class DiffCommandTest {

    @TempDir
    static Path temp;
    static Path repo;
    static Path plan;
    static Path older;

    @BeforeAll
    static void versions() throws Exception {
        repo = temp.resolve("repo");
        plan = repo.resolve("plannen/voorbeeld");
        CliProcess.copyPlan("voorbeeld", plan);
        older = temp.resolve("oud");
        CliProcess.copyPlan("voorbeeld", older);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("instemming").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
            git.tag().setName("instemming-opr").setAnnotated(false).setSigned(false).call();
        }
        edit(plan.resolve("plan.yaml"), "opr-instemming: 2026-03-09", "opr-instemming: 2026-03-11");
        edit(plan.resolve("plan.yaml"), "gemeenten: [Harderwijk, Ermelo, Nunspeet, Elburg]",
                "gemeenten: [Harderwijk, Ermelo, Nunspeet, Elburg, Putten]");
        edit(plan.resolve("hoofdstukken/01-inleiding.md"), "Dit is het ondersteuningsplan", "Dit is het vernieuwde ondersteuningsplan");
        edit(plan.resolve("hoofdstukken/01-inleiding.md"), "geschreven voor drie groepen", "geschreven voor groepen");
    }

    @Test
    void aGitTagGivesTheSameDocumentAsTwoFolders() throws IOException {
        Path a = temp.resolve("uit-mappen");
        Path b = temp.resolve("uit-git");
        CliRun folders = CliRun.of("diff", older.toString(), plan.toString(), "--out", a.toString(), "--zonder-plugin");
        CliRun git = CliRun.of("diff", plan.toString(), "--sinds", "instemming-opr", "--out", b.toString(), "--zonder-plugin");
        assertEquals(0, folders.exitCode(), folders.err());
        assertEquals(0, git.exitCode(), git.err());
        assertTrue(folders.out().contains("wijzigingen.docx"), folders.out());
        // The cover names the versions differently ("werkmap", the tag); everything else is the same.
        String fromFolders = DocxText.of(Files.readAllBytes(a.resolve("wijzigingen.docx")))
                .replace(older.toString(), "OUD").replace(plan.toString(), "NIEUW");
        String fromGit = DocxText.of(Files.readAllBytes(b.resolve("wijzigingen.docx")))
                .replace("instemming-opr", "OUD").replace("werkmap", "NIEUW");
        assertEquals(fromFolders, fromGit);
        assertTrue(fromGit.contains("Bij swv \u203a gemeenten is Putten toegevoegd."), fromGit);
        // Dates are set with no-break spaces in the documents.
        assertTrue(fromGit.replace('\u00a0', ' ').contains("van 9 maart 2026 naar 11 maart 2026"), fromGit);
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        Path a = temp.resolve("twee-a");
        Path b = temp.resolve("twee-b");
        assertEquals(0, CliRun.of("diff", older.toString(), plan.toString(), "--out", a.toString(), "--zonder-plugin").exitCode());
        assertEquals(0, CliRun.of("diff", older.toString(), plan.toString(), "--out", b.toString(), "--zonder-plugin").exitCode());
        assertArrayEquals(Files.readAllBytes(a.resolve("wijzigingen.docx")), Files.readAllBytes(b.resolve("wijzigingen.docx")));
    }

    @Test
    void htmlAndPdfMarkChangesInTextNotOnlyInColour() throws Exception {
        Path out = temp.resolve("pdf");
        CliRun html = CliRun.of("diff", older.toString(), plan.toString(), "--format", "html", "--out", out.toString(), "--zonder-plugin");
        CliRun pdf = CliRun.of("diff", older.toString(), plan.toString(), "--format", "pdf", "--out", out.toString(), "--zonder-plugin");
        assertEquals(0, html.exitCode(), html.err());
        assertEquals(0, pdf.exitCode(), pdf.err());
        String page = Files.readString(out.resolve("wijzigingen.html"));
        assertTrue(page.contains("<ins><span class=\"change-mark\">{+</span>vernieuwde <span class=\"change-mark\">+}</span></ins>"), page);
        assertTrue(page.contains("<del><span class=\"change-mark\">[-</span>drie <span class=\"change-mark\">-]</span></del>"), page);
        byte[] bytes = Files.readAllBytes(out.resolve("wijzigingen.pdf"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // openhtmltopdf draws an inline element's text after its neighbours: read in reading order.
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Dit is het {+vernieuwde +}ondersteuningsplan"), text);
            assertTrue(text.contains("Wat is er veranderd"));
        }
        assertEquals(List.of(), nl.opmaat.pdf.VeraPdf.failures(bytes, "ua1"));
    }

    @Test
    void identicalVersionsAreSaidToBeIdenticalWithExitZero() {
        Path out = temp.resolve("gelijk");
        CliRun run = CliRun.of("diff", older.toString(), older.toString(), "--out", out.toString(), "--zonder-plugin");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("De twee versies zijn gelijk"), run.out());
        assertFalse(Files.exists(out.resolve("wijzigingen.docx")));
    }

    @Test
    void aMissingFolderOrRefIsNamedWithExitTwo() {
        Path missing = temp.resolve("bestaat-niet");
        CliRun folder = CliRun.of("diff", older.toString(), missing.toString(), "--zonder-plugin");
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("bestaat-niet"), folder.err());
        CliRun ref = CliRun.of("diff", plan.toString(), "--sinds", "v9.9", "--zonder-plugin");
        assertEquals(2, ref.exitCode());
        assertTrue(ref.err().contains("De versie 'v9.9' bestaat niet in de Git-repository."), ref.err());
        CliRun noRepo = CliRun.of("diff", older.toString(), "--sinds", "HEAD", "--zonder-plugin");
        assertEquals(2, noRepo.exitCode());
        assertTrue(noRepo.err().contains("niet in een Git-repository"), noRepo.err());
        CliRun neither = CliRun.of("diff", older.toString());
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().contains("geef twee planmappen"), neither.err());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The text of a DOCX's main part, with deleted text: enough to compare two redlines. */
    private static final class DocxText {
        static String of(byte[] docx) throws IOException {
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals("word/document.xml")) {
                        return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
                    }
                }
            }
            throw new AssertionError("no document.xml");
        }
    }
}
