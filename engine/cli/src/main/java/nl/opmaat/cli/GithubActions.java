package nl.opmaat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import nl.opmaat.core.report.CheckResult;
import nl.opmaat.core.report.StepSummary;

/**
 * What {@code --format github} does inside GitHub Actions ({@code GITHUB_ACTIONS=true}): annotations errors first, and
 * the job summary appended to {@code $GITHUB_STEP_SUMMARY}. Appended, not written atomically: the runner owns that
 * file and other steps add to it too.
 */
final class GithubActions {

    private final Map<String, String> env;

    GithubActions(Map<String, String> env) {
        this.env = env;
    }

    boolean active() {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    void appendSummary(CheckResult result) throws IOException {
        String file = env.get("GITHUB_STEP_SUMMARY");
        if (!active() || file == null || file.isBlank()) {
            return;
        }
        Files.writeString(Path.of(file), StepSummary.markdown(result) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
