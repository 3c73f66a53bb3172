package nl.opmaat.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import nl.opmaat.core.theme.DefaultTheme;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedlineBuilderTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void listsAMovedDateAnAddedGemeenteAndAChangedBudgetLineWithItsDelta() throws Exception {
        Path older = copy(VOORBEELD, temp.resolve("oud"));
        Path newer = copy(VOORBEELD, temp.resolve("nieuw"));
        changePlan(newer);
        Redline redline = redline(older, newer);
        List<String> facts = items(redline, "Feiten uit plan.yaml");
        assertTrue(facts.contains("Bij swv \u203a gemeenten is Putten toegevoegd."), facts.toString());
        assertTrue(facts.contains("De datum bij vaststelling \u203a opr-instemming is verschoven van 9 maart 2026 naar "
                + "11 maart 2026 (2 dagen later)."), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.contains("Ouder- en jeugdsteunpunt") && f.endsWith("(+5.000).")),
                facts.toString());
        assertEquals(3, facts.size(), facts.toString());
        // The added gemeente has no OOGO: the normal check finds that in the newer version only.
        assertTrue(items(redline, "Bevindingen van de controle").stream()
                .anyMatch(f -> f.startsWith("Nieuw in deze versie") && f.contains("procedure.oogo-gemeenten")));
        assertFalse(redline.identical());
    }

    @Test
    void identicalVersionsAreSaidToBeIdentical() throws Exception {
        Path older = copy(VOORBEELD, temp.resolve("oud"));
        Path newer = copy(VOORBEELD, temp.resolve("nieuw"));
        assertTrue(redline(older, newer).identical());
        Files.writeString(newer.resolve("hoofdstukken/01-inleiding.md"), "\nEen nieuwe alinea.\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertFalse(redline(older, newer).identical());
    }

    @Test
    void aGitRefGivesTheSameRedlineAsTwoFolders() throws Exception {
        Path repository = temp.resolve("repo");
        Path plan = copy(VOORBEELD, repository.resolve("plannen/voorbeeld"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("eerste versie").setAuthor("test", "test@example.org").setCommitter("test", "test@example.org")
                    .setSign(false).call();
            git.tag().setName("instemming-opr").setSigned(false).setAnnotated(false).call();
        }
        changePlan(plan);
        Path older = copy(VOORBEELD, temp.resolve("oud"));
        String before = Files.readString(plan.resolve("plan.yaml"));

        Path snapshot = GitSnapshot.materialise(plan, "instemming-opr", Files.createDirectory(temp.resolve("snap")));
        Redline fromGit = redline(snapshot, plan);
        Redline fromFolders = redline(older, plan);
        assertEquals(fromFolders.document().blocks(), fromGit.document().blocks());
        assertEquals(before, Files.readString(plan.resolve("plan.yaml")), "the working tree is left alone");

        GitSnapshot.SnapshotException unknown = assertThrows(GitSnapshot.SnapshotException.class,
                () -> GitSnapshot.materialise(plan, "bestaat-niet", Files.createDirectory(temp.resolve("snap2"))));
        assertTrue(unknown.getMessage().contains("'bestaat-niet' bestaat niet"), unknown.getMessage());
        GitSnapshot.SnapshotException noRepo = assertThrows(GitSnapshot.SnapshotException.class,
                () -> GitSnapshot.materialise(older, "HEAD", Files.createDirectory(temp.resolve("snap3"))));
        assertTrue(noRepo.getMessage().contains("niet in een Git-repository"), noRepo.getMessage());
    }

    /** Moves the OPR's consent two days, adds a gemeente, raises a budget line and adds a word to the first chapter. */
    static void changePlan(Path plan) throws IOException {
        Path yaml = plan.resolve("plan.yaml");
        String text = Files.readString(yaml)
                .replace("opr-instemming: 2026-03-09", "opr-instemming: 2026-03-11")
                .replace("gemeenten: [Harderwijk, Ermelo, Nunspeet, Elburg]",
                        "gemeenten: [Harderwijk, Ermelo, Nunspeet, Elburg, Putten]")
                .replaceFirst("post: Ouder- en jeugdsteunpunt, bedrag: 90000", "post: Ouder- en jeugdsteunpunt, bedrag: 95000");
        Files.writeString(yaml, text);
        Path chapter = plan.resolve("hoofdstukken/01-inleiding.md");
        Files.writeString(chapter, Files.readString(chapter).replaceFirst("Dit is het ondersteuningsplan",
                "Dit is het vernieuwde ondersteuningsplan"));
    }

    private static Redline redline(Path older, Path newer) throws Exception {
        RuleRunner runner = new RuleRunner(BuiltInRules.catalogue(Law.load()), Clock.systemUTC());
        LoadedPlan a = new PlanReader().read(older);
        LoadedPlan b = new PlanReader().read(newer);
        return new RedlineBuilder(new DefaultTheme(), "test", Optional.empty()).build(
                new PlanVersion("oud", a, runner.run(a).findings()), new PlanVersion("nieuw", b, runner.run(b).findings()));
    }

    /** The bullet texts under the level-2 heading {@code title}. */
    private static List<String> items(Redline redline, String title) {
        List<Block> blocks = redline.document().blocks();
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i) instanceof Block.Heading h && text(h.text()).equals(title)
                    && blocks.get(i + 1) instanceof Block.ListBlock list) {
                return list.items().stream().map(item -> text(((Block.Paragraph) item.get(0)).content())).toList();
            }
        }
        return List.of();
    }

    private static String text(List<Inline> content) {
        return nl.opmaat.core.document.Inlines.plainText(content);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
