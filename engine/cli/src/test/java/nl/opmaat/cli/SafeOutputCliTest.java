package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opmaat prints is safe whatever the locale, the folder names and the characters in the plan (issue 13). */
class SafeOutputCliTest {

    private static final String ESC = "\u001b";
    private static final String RLO = "\u202e";

    @TempDir
    Path dir;

    /** Under LANG=C the JVM's default encoding is ASCII; "Eén" must still arrive as UTF-8, on stdout and stderr. */
    @Test
    void writesUtf8UnderTheCLocale() throws Exception {
        Path plan = CliProcess.copyPlan("voorbeeld", dir.resolve("plan"));
        replace(plan.resolve("plan.yaml"), "naam: Samenwerkingsverband Passend Onderwijs Voorbeeldregio",
                "naam: Eén Samenwerkingsverband Passend Onderwijs Voorbeeldregio");
        Map<String, String> cLocale = Map.of("LANG", "C", "LC_ALL", "C");
        for (String format : List.of("json", "sarif", "text")) {
            CliProcess run = CliProcess.opmaat(dir, cLocale, "check", "plan", "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(strictUtf8(run.stdout()).contains("Eén Samenwerkingsverband") || format.equals("sarif"), format);
            assertFalse(run.out().contains("E?n"), format);
            assertTrue(strictUtf8(run.stderr()).contains("Eén Samenwerkingsverband"), "the plan note on stderr");
        }
    }

    @Test
    void sarifUrisAreRelativeReferencesForAnyFolderName() throws Exception {
        List<String> names = List.of("a,b", "a:b", "100%", "met spatie", "één");
        List<String> args = new ArrayList<>(List.of("check", "--format", "sarif"));
        for (String name : names) {
            Path plan = CliProcess.copyPlan("voorbeeld", dir.resolve(name));
            Files.delete(plan.resolve("bijlagen/01-verslag-oogo.md")); // one finding per plan, in plan.yaml
            args.add(name);
        }
        CliProcess run = CliProcess.opmaat(dir, Map.of(), args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        List<String> decoded = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            URI parsed = new URI(uri); // throws when it is no valid RFC 3986 reference
            assertNull(parsed.getScheme(), uri + " must not read as a scheme");
            assertFalse(parsed.isAbsolute(), uri);
            assertTrue(uri.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII only: " + uri);
            decoded.add(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        for (String name : names) {
            assertTrue(decoded.contains(name + "/plan.yaml"), name + " in " + decoded);
        }

        CliProcess gitlab = CliProcess.opmaat(dir, Map.of(), "check", "--format", "gitlab", "a:b", "100%");
        assertEquals(1, gitlab.exitCode(), gitlab.err());
        JsonNode issues = new ObjectMapper().readTree(gitlab.out());
        assertEquals("a:b/plan.yaml", issues.get(0).at("/location/path").asText());
        assertEquals("100%/plan.yaml", issues.get(1).at("/location/path").asText());
    }

    @Test
    void showsEscapeAndBidiControlsInsteadOfPassingThemOn() throws Exception {
        Path plan = CliProcess.copyPlan("voorbeeld", dir.resolve("plan"));
        replace(plan.resolve("plan.yaml"), "{ titel: Verslag van het OOGO,",
                "{ titel: \"Verslag\\e[2J van het \\u202EOGOO\",");
        Files.delete(plan.resolve("bijlagen/01-verslag-oogo.md"));
        for (String format : List.of("text", "github", "junit")) {
            CliRun run = CliRun.of("check", plan.toString(), "--format", format);
            assertEquals(1, run.exitCode(), run.err());
            assertFalse(run.out().contains(ESC) || run.out().contains(RLO), format + ": " + run.out());
            String shown = "Verslag<U+001B>[2J van het <U+202E>OGOO";
            if (format.equals("junit")) {
                shown = shown.replace("<", "&lt;").replace(">", "&gt;"); // written as XML text
            }
            assertTrue(run.out().contains(shown), format + ": " + run.out());
        }

        Path chapter = plan.resolve("hoofdstukken/01-inleiding.md");
        replace(chapter, "# ", "# Kop met " + RLO + "omgekeerde" + ESC + "[31m tekst: ");
        Path out = dir.resolve("out");
        CliRun build = CliRun.of("build", plan.toString(), "--format", "html", "--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        String html = Files.readString(out.resolve("ondersteuningsplan.html"));
        assertFalse(html.contains(ESC) || html.contains(RLO));
        assertTrue(html.contains("Kop met &lt;U+202E&gt;omgekeerde&lt;U+001B&gt;[31m tekst"), html);
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
