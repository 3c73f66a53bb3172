package nl.opmaat.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.rules.PlanReport;

/**
 * The stable JSON shape tools rely on: per plan {@code {"plan", "swv", "findings": [{"rule", "severity", "file", "line",
 * "column", "message", "hint"}], "summary": {"fout", "waarschuwing", "advies"}}}; one plan gives that object, several
 * plans an array of them. Waived findings carry {@code "waived": "<reason>"} and are not counted; input problems of an
 * unusable plan appear as findings of rule {@code invoer} and set {@code "unusable": true}.
 */
public final class JsonReporter implements Reporter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        if (result.plans().size() == 1) {
            mapper.writeValue(new NonClosingWriter(out), plan(result.plans().get(0)));
        } else {
            ArrayNode all = mapper.createArrayNode();
            result.plans().forEach(p -> all.add(plan(p)));
            mapper.writeValue(new NonClosingWriter(out), all);
        }
        out.write('\n');
    }

    ObjectNode plan(PlanReport report) {
        ObjectNode node = mapper.createObjectNode();
        node.put("plan", report.plan());
        node.put("swv", report.swv());
        if (report.unusable()) {
            node.put("unusable", true);
        }
        ArrayNode findings = node.putArray("findings");
        for (PlanProblem p : report.inputProblems()) {
            findings.add(finding(report.plan(), "invoer", Severity.FOUT, p.position(), p.message(), p.hint(), null));
        }
        for (Finding f : report.findings()) {
            findings.add(finding(report.plan(), f.ruleId(), f.severity(), f.position(), f.message(), f.hint(), f.waiver()));
        }
        ObjectNode summary = node.putObject("summary");
        report.counts().forEach((severity, count) -> summary.put(severity.label(),
                severity == Severity.FOUT ? count + report.inputProblems().size() : count));
        return node;
    }

    private ObjectNode finding(String plan, String rule, Severity severity, SourcePosition at, String message, String hint,
                               String waiver) {
        ObjectNode f = mapper.createObjectNode();
        f.put("rule", rule);
        f.put("severity", severity.label());
        f.put("file", Paths.file(plan, at));
        f.put("line", at.line());
        f.put("column", at.column());
        f.put("message", message);
        f.put("hint", hint);
        if (waiver != null) {
            f.put("waived", waiver);
        }
        return f;
    }
}
