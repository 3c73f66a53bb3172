package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the plan folder is read into a report or document, by any path or link (issue 13): each kind of
 * file a plan brings, linked to a secret beside the plan, is refused in Dutch at the place that names it.
 */
class PlanFileGateCliTest {

    private static final String SECRET = "GEHEIM-TOKEN-4711";
    private static final String OUTSIDE = "ligt buiten de planmap";

    @TempDir
    Path dir;
    private Path plan;
    private Path secret;

    @BeforeEach
    void copyPlanBesideASecret() throws IOException {
        plan = CliProcess.copyPlan("voorbeeld", dir.resolve("plan"));
        secret = Files.writeString(dir.resolve("secret.md"), "# Geheim\n\n" + SECRET + " " + "woord ".repeat(30) + "\n");
    }

    @Test
    void refusesAChapterThatLinksOutOfThePlan() throws IOException {
        link("hoofdstukken/08-organisatie-en-kwaliteit.md", secret);
        String where = lineOf("- hoofdstukken/08-organisatie-en-kwaliteit.md") + "5";
        CliRun check = CliRun.of("check", plan.toString());
        assertRefused(check, where, "hoofdstukken/08-organisatie-en-kwaliteit.md");

        CliRun build = CliRun.of("build", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertRefused(build, where, "hoofdstukken/08-organisatie-en-kwaliteit.md");
        assertFalse(Files.exists(dir.resolve("out/ondersteuningsplan.html")), "no document with the secret in it");
    }

    @Test
    void refusesAnAnnexThatLinksOutOfThePlan() throws IOException {
        link("bijlagen/01-verslag-oogo.md", secret);
        CliRun check = CliRun.of("check", plan.toString(), "--format", "json");
        String line = lineOf("bestand: bijlagen/01-verslag-oogo.md").replaceAll("\\D", "");
        assertRefused(check, "\"line\" : " + line, "bijlagen/01-verslag-oogo.md");
    }

    @Test
    void refusesAnImageThatLinksOutOfThePlan() throws IOException {
        Path picture = Files.write(dir.resolve("buiten.png"), TinyPng.pixel());
        Files.createDirectories(plan.resolve("afbeeldingen"));
        link("afbeeldingen/kaart.png", picture);
        Path chapter = plan.resolve("hoofdstukken/01-inleiding.md");
        int line = (int) Files.readAllLines(chapter).size() + 2;
        Files.writeString(chapter, "\n![Kaart van de regio](../afbeeldingen/kaart.png)\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun build = CliRun.of("build", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertEquals(2, build.exitCode(), build.err());
        assertTrue(build.err().contains("hoofdstukken/01-inleiding.md:" + line + ":1: fout [invoer] de afbeelding "
                + "'../afbeeldingen/kaart.png' " + OUTSIDE), build.err());
    }

    @Test
    void refusesAParentTextThatLinksOutOfThePlan() throws IOException {
        Files.createDirectories(plan.resolve("ouders"));
        link("ouders/01-voor-ouders.md", secret);
        CliRun summary = CliRun.of("summary", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertEquals(2, summary.exitCode(), summary.err());
        assertTrue(summary.err().contains("ouders/01-voor-ouders.md") && summary.err().contains(OUTSIDE), summary.err());
        assertFalse(summary.out().contains(SECRET) || summary.err().contains(SECRET));
        assertFalse(Files.exists(dir.resolve("out/samenvatting-ouders.html")));
    }

    @Test
    void saysAnAnnexPathOutsideThePlanLiesOutsideInsteadOfMissing() throws IOException {
        replaceInPlan("bestand: bijlagen/01-verslag-oogo.md", "bestand: ../secret.md");
        CliRun check = CliRun.of("check", plan.toString());
        assertRefused(check, lineOf("bestand: ../secret.md"), "../secret.md");
        assertFalse(check.out().contains("bestaat niet"), check.out());
    }

    @Test
    void saysAReferenceOutsideThePlanLiesOutsideInsteadOfNotAList() throws IOException {
        replaceInPlan("paragraaf: hoofdstukken/03-ondersteuning-op-school.md#basisondersteuning",
                "paragraaf: ../secret.md#geheim");
        String where = lineOf("paragraaf: ../secret.md#geheim");
        CliRun check = CliRun.of("check", plan.toString());
        assertRefused(check, where, "../secret.md");
        assertFalse(check.out().contains("lijst") || check.out().contains("geen geldige verwijzing"), check.out());

        replaceInPlan("paragraaf: ../secret.md#geheim", "paragraaf: /etc/hostname.md");
        assertRefused(CliRun.of("check", plan.toString()), where, "/etc/hostname.md");
    }

    @Test
    void refusesAPlanYamlThatLinksOutOfThePlan() throws IOException {
        Path elsewhere = Files.copy(plan.resolve("plan.yaml"), dir.resolve("elders.yaml"));
        link("plan.yaml", elsewhere);
        CliRun check = CliRun.of("check", plan.toString());
        assertEquals(2, check.exitCode(), check.out());
        assertTrue(check.out().contains("plan.yaml " + OUTSIDE), check.out());
    }

    private void assertRefused(CliRun run, String where, String file) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains(where), all);
        assertTrue(all.contains("Het bestand " + file + " " + OUTSIDE), all);
        assertFalse(all.contains(SECRET), "the secret never reaches the output");
    }

    /** {@code plan.yaml:N:} for the line of the copied plan that holds {@code text}, so edits to the plan move it along. */
    private String lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(plan.resolve("plan.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return "plan.yaml:" + (i + 1) + ":";
            }
        }
        throw new AssertionError("plan.yaml has no line with " + text);
    }

    private void link(String relative, Path target) throws IOException {
        Path link = plan.resolve(relative);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private void replaceInPlan(String from, String to) throws IOException {
        Path yaml = plan.resolve("plan.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains(from), from);
        Files.writeString(yaml, text.replace(from, to));
    }
}
