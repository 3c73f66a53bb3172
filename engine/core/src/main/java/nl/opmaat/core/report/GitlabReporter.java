package nl.opmaat.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;

/**
 * GitLab Code Quality JSON (an array of issues: description, check_name, fingerprint, severity, location.path and
 * location.lines.begin) for the merge-request widget. fout → critical, waarschuwing → minor, advies → info. Waived
 * findings are left out: Code Quality has no way to mark an issue as accepted, and a deviation the plan justifies is
 * not a problem to fix. The fingerprint is {@link Fingerprint}'s (rule, file, what the finding is about, message; never
 * the line), the same as SARIF's, so GitLab recognises a finding in the next pipeline even when lines moved.
 */
public final class GitlabReporter implements Reporter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path base;

    /** @param base the repository root paths are made relative to (the CLI passes the working directory) */
    public GitlabReporter(Path base) {
        this.base = base;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        ArrayNode issues = mapper.createArrayNode();
        List<ReportEntry> found = new ArrayList<>();
        for (PlanReport plan : result.plans()) {
            ReportEntry.of(plan).stream().filter(e -> !e.waived()).forEach(found::add);
        }
        List<ReportEntry> entries = found.stream().map(e -> e.withFile(RepoPath.relative(base, e.file()))).toList();
        List<String> fingerprints = Fingerprint.all(found, entries.stream().map(ReportEntry::file).toList());
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry e = entries.get(i);
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("description", e.hint().isEmpty() ? e.message() : e.message() + " " + e.hint());
            issue.put("check_name", e.rule());
            issue.put("fingerprint", fingerprints.get(i));
            issue.put("severity", severity(e.severity()));
            ObjectNode location = issue.putObject("location");
            location.put("path", e.file());
            // GitLab requires a line; a finding about a whole file points at its first line.
            location.putObject("lines").put("begin", Math.max(1, e.line()));
        }
        mapper.writeValue(new NonClosingWriter(out), issues);
        out.write('\n');
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case FOUT -> "critical";
            case WAARSCHUWING -> "minor";
            case ADVIES -> "info";
        };
    }
}
