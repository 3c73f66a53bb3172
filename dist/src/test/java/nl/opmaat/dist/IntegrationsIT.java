package nl.opmaat.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The ready integrations in their real form as far as this machine allows: the GitHub Action's check script and the
 * GitLab template's script lines run against the unpacked release zip with the variables those runners set; the
 * action and the pre-commit hooks are read as the tools read them.
 */
class IntegrationsIT {

    private static final Path ROOT = Path.of(System.getProperty("opmaat.root")).toAbsolutePath().normalize();

    @Test
    void githubActionCheckAnnotatesSummarisesAndWritesSarif(@TempDir Path work) throws Exception {
        Path home = ReleaseZipIT.unpacked(work.resolve("install"));
        ReleaseZipIT.copy(ROOT.resolve("plan-sources/po-22-02-emmen"), work.resolve("emmen"));
        Path summary = work.resolve("summary.md");
        Path output = work.resolve("output.txt");
        ReleaseZipIT.Run run = ReleaseZipIT.run(work, Map.of("OPMAAT", home.resolve("bin/opmaat").toString(),
                        "OPMAAT_PLANS", "emmen", "OPMAAT_SARIF", "true", "GITHUB_ACTIONS", "true",
                        "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_OUTPUT", output.toString()),
                "bash", ROOT.resolve("ci/github/opmaat-check.sh").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().startsWith("::error file=emmen/"), run.out());
        assertTrue(Files.readString(summary).contains("| Ernst | Regel | Plaats | Melding |"));
        assertTrue(Files.readString(work.resolve("opmaat.sarif")).contains("\"version\" : \"2.1.0\""));
        assertEquals("exit-code=1\n", Files.readString(output));
    }

    @Test
    void actionYmlIsACompositeActionThatUsesOnlyDeclaredInputs() throws IOException {
        String text = Files.readString(ROOT.resolve("action.yml"));
        Map<?, ?> action = (Map<?, ?>) yaml(text);
        Map<?, ?> runs = (Map<?, ?>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        Map<?, ?> inputs = (Map<?, ?>) action.get("inputs");
        Matcher used = Pattern.compile("inputs\\.([a-z-]+)").matcher(text);
        while (used.find()) {
            assertTrue(inputs.containsKey(used.group(1)), "undeclared input " + used.group(1));
        }
        assertTrue(text.contains("$GITHUB_ACTION_PATH/ci/github/opmaat-check.sh"));
        assertTrue(text.contains("github/codeql-action/upload-sarif"));
        assertTrue(Files.isExecutable(ROOT.resolve("ci/github/opmaat-check.sh")));
    }

    @Test
    void gitlabTemplateWritesTheCodeQualityReportItPublishes(@TempDir Path work) throws Exception {
        Path home = ReleaseZipIT.unpacked(work.resolve("install"));
        ReleaseZipIT.copy(ROOT.resolve("plan-sources/po-22-02-emmen"), work.resolve("plannen/emmen"));
        Map<?, ?> template = (Map<?, ?>) yaml(Files.readString(ROOT.resolve("ci/gitlab/opmaat.gitlab-ci.yml")));
        Map<?, ?> job = (Map<?, ?>) template.get(".opmaat");
        String report = (String) ((Map<?, ?>) ((Map<?, ?>) job.get("artifacts")).get("reports")).get("codequality");
        List<?> script = (List<?>) job.get("script");
        List<Integer> codes = new ArrayList<>();
        for (Object line : script) {
            codes.add(ReleaseZipIT.run(work, Map.of("PATH", home.resolve("bin") + ":" + System.getenv("PATH"),
                    "OPMAAT_PLANNEN", "plannen", "OPMAAT_ARGS", ""), "bash", "-c", (String) line).code());
        }
        assertEquals(List.of(0, 1), codes, "the report line never fails; the check fails on findings");
        String json = Files.readString(work.resolve(report), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[") && json.contains("\"fingerprint\"") && json.contains("plannen/emmen/plan.yaml"), json);
    }

    @Test
    void preCommitHooksCheckWholePlans() throws IOException {
        List<?> hooks = (List<?>) yaml(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
        assertEquals(2, hooks.size());
        for (Object hook : hooks) {
            Map<?, ?> h = (Map<?, ?>) hook;
            assertEquals(false, h.get("pass_filenames"), h.toString());
            assertTrue(((String) h.get("entry")).contains("opmaat check"), h.toString());
            assertTrue(Pattern.compile((String) h.get("files")).matcher("plannen/emmen/plan.yaml").find());
            if ("script".equals(h.get("language"))) {
                String script = ((String) h.get("entry")).split(" ")[0];
                assertTrue(Files.isExecutable(ROOT.resolve(script)), script);
            }
        }
    }

    private static Object yaml(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }
}
