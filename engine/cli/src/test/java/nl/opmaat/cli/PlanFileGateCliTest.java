package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        plan = CliProcessBytes.copyPlan("voorbeeld", dir.resolve("plan"));
        secret = Files.writeString(dir.resolve("secret.md"), "# Geheim\n\n" + SECRET + " " + "woord ".repeat(30) + "\n");
    }

    @Test
    void refusesAChapterThatLinksOutOfThePlan() throws IOException {
        link("hoofdstukken/08-organisatie-en-kwaliteit.md", secret);
        CliRun check = CliRun.of("check", plan.toString());
        assertRefused(check, "plan.yaml:238:5", "hoofdstukken/08-organisatie-en-kwaliteit.md");

        CliRun build = CliRun.of("build", plan.toString(), "--format", "html", "--out", dir.resolve("out").toString());
        assertRefused(build, "plan.yaml:238:5", "hoofdstukken/08-organisatie-en-kwaliteit.md");
        assertFalse(Files.exists(dir.resolve("out/ondersteuningsplan.html")), "no document with the secret in it");
    }

    @Test
    void refusesAnAnnexThatLinksOutOfThePlan() throws IOException {
        link("bijlagen/01-verslag-oogo.md", secret);
        CliRun check = CliRun.of("check", plan.toString(), "--format", "json");
        assertRefused(check, "\"line\" : 240", "bijlagen/01-verslag-oogo.md");
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
        assertRefused(check, "plan.yaml:240:", "../secret.md");
        assertFalse(check.out().contains("bestaat niet"), check.out());
    }

    @Test
    void saysAReferenceOutsideThePlanLiesOutsideInsteadOfNotAList() throws IOException {
        replaceInPlan("paragraaf: hoofdstukken/03-ondersteuning-op-school.md#basisondersteuning",
                "paragraaf: ../secret.md#geheim");
        CliRun check = CliRun.of("check", plan.toString());
        assertRefused(check, "plan.yaml:43:", "../secret.md");
        assertFalse(check.out().contains("lijst") || check.out().contains("geen geldige verwijzing"), check.out());

        replaceInPlan("paragraaf: ../secret.md#geheim", "paragraaf: /etc/hostname.md");
        assertRefused(CliRun.of("check", plan.toString()), "plan.yaml:43:", "/etc/hostname.md");
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
