package nl.opmaat.core.report;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.io.VisibleText;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.rules.PlanReport;

/**
 * Fuzzes every report writer with check results whose plan names, file names, messages, hints and waivers are any
 * text. The properties: no writer throws; text and GitHub output carry no raw control or bidi character; JSON, SARIF
 * and GitLab output is JSON and every SARIF URI is a relative RFC 3986 reference; JUnit output is well-formed XML.
 */
class ReportWritersFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RULES = {"procedure.periode", "inhoud.vangnet", "invoer", "b1.jargon"};

    @FuzzTest
    void everyWriterOnAnyText(FuzzedDataProvider data) throws Exception {
        List<PlanReport> plans = new ArrayList<>();
        int count = data.consumeInt(1, 3);
        for (int p = 0; p < count; p++) {
            String plan = data.consumeString(40);
            if (data.consumeBoolean()) {
                plans.add(PlanReport.unusable(plan, List.of(new PlanProblem(position(data), data.consumeString(80),
                        data.consumeString(40)))));
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            int n = data.consumeInt(0, 4);
            for (int i = 0; i < n; i++) {
                findings.add(new Finding(data.pickValue(RULES), data.pickValue(Severity.values()), position(data),
                        data.consumeString(80), data.consumeString(40), data.consumeBoolean() ? data.consumeString(30) : null));
            }
            plans.add(new PlanReport(plan, data.consumeString(40), findings, List.of(RULES), List.of()));
        }
        CheckResult result = new CheckResult(plans, Reports.CATALOGUE, data.pickValue(Severity.values()));

        for (String text : List.of(write(new TextReporter(false), result), write(new GithubReporter(), result))) {
            if (text.codePoints().anyMatch(c -> VisibleText.isHidden(c))) {
                throw new AssertionError("a raw control character in: " + text);
            }
        }
        JSON.readTree(write(new JsonReporter(), result));
        JSON.readTree(write(new GitlabReporter(Path.of("")), result));
        JsonNode sarif = JSON.readTree(write(new SarifReporter(Path.of(""), "fuzz"), result));
        for (JsonNode r : sarif.at("/runs/0/results")) {
            String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            try {
                URI parsed = new URI(uri);
                if (parsed.getScheme() != null && !"file".equals(parsed.getScheme())) {
                    throw new AssertionError("reads as a scheme: " + uri);
                }
            } catch (URISyntaxException e) {
                throw new AssertionError("not an RFC 3986 reference: " + uri, e);
            }
        }
        String junit = write(new JUnitReporter(), result);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        var parser = factory.newDocumentBuilder();
        parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws instead of printing "[Fatal Error]"
        parser.parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
    }

    private static SourcePosition position(FuzzedDataProvider data) {
        String file = data.consumeString(30);
        return new SourcePosition(file.isEmpty() ? "plan.yaml" : file, data.consumeInt(0, 5000), data.consumeInt(0, 200));
    }

    private static String write(Reporter reporter, CheckResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }
}
