package nl.opmaat.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.PlanReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JUnitReporterTest {

    static Stream<Path> shippedPlans() {
        return Reports.shippedPlans().stream();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @ParameterizedTest
    @MethodSource("shippedPlans")
    void oneTestcasePerAppliedRuleAndAFailurePerRuleWithFindings(Path plan) throws Exception {
        for (Severity failOn : Severity.values()) {
            CheckResult result = Reports.check(plan, failOn);
            PlanReport report = result.plans().get(0);
            Document doc = parse(Reports.write(new JUnitReporter(), result));
            NodeList suites = doc.getElementsByTagName("testsuite");
            assertEquals(1, suites.getLength());
            NodeList cases = doc.getElementsByTagName("testcase");
            int expectedCases = report.unusable() ? 1 : report.applied().size();
            assertEquals(expectedCases, cases.getLength());
            Set<String> failingRules = new HashSet<>();
            report.findings().stream().filter(f -> !f.waived() && f.severity().atLeast(failOn))
                    .forEach(f -> failingRules.add(f.ruleId()));
            if (report.unusable()) {
                failingRules.add(ReportEntry.INPUT_RULE);
            }
            assertEquals(failingRules.size(), doc.getElementsByTagName("failure").getLength(), "fail-on " + failOn);
            assertEquals(Integer.toString(failingRules.size()), ((Element) suites.item(0)).getAttribute("failures"));
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                boolean failed = c.getElementsByTagName("failure").getLength() > 0;
                assertEquals(failingRules.contains(c.getAttribute("name")), failed, c.getAttribute("name"));
            }
        }
    }

    @Test
    void escapesTextAndSplitsFailuresFromLowerFindings() throws Exception {
        String xml = Reports.write(new JUnitReporter(), Reports.handMade(Severity.FOUT));
        assertFalse(xml.contains("\u0001"), "a control character cannot be in XML");
        Document doc = parse(xml);
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element plan = (Element) suites.item(0);
        assertEquals("plannen/test", plan.getAttribute("name"));
        assertEquals("4", plan.getAttribute("tests"));
        assertEquals("1", plan.getAttribute("failures"), "only procedure.periode: vangnet is waived, the rest advies");
        Element swv = (Element) plan.getElementsByTagName("property").item(0);
        assertEquals("SWV Test, \"po\"", swv.getAttribute("value"));

        Element periode = testcase(plan, "procedure.periode");
        String failure = periode.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("plannen/test/plan.yaml:3:5: fout [procedure.periode] 50% van 'de' <begroting> & "
                + "\"reserve\", zie: a,b\nvolgende regel"), failure); // XML parsers turn CR LF into LF
        assertEquals(2, failure.split("\\[procedure.periode]").length - 1);

        Element vangnet = testcase(plan, "inhoud.vangnet");
        assertEquals(0, vangnet.getElementsByTagName("failure").getLength());
        assertTrue(vangnet.getElementsByTagName("system-out").item(0).getTextContent()
                .contains("Bestuur besloot 1-2-2026"));
        Element advies = testcase(plan, "procedure.toezending-inspectie");
        assertEquals(0, advies.getElementsByTagName("failure").getLength());
        assertEquals(1, advies.getElementsByTagName("system-out").getLength());
        Element clean = testcase(plan, "procedure.vaststelling");
        assertEquals(0, clean.getChildNodes().getLength(), "a passing rule is an empty testcase");

        Element broken = (Element) suites.item(1);
        Element input = testcase(broken, "invoer");
        assertTrue(input.getElementsByTagName("failure").item(0).getTextContent().contains("Onleesbaar: <tab>."));

        Element root = doc.getDocumentElement();
        assertEquals("5", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
    }

    @Test
    void lowerFailOnTurnsAdviesIntoAFailure() throws Exception {
        Document doc = parse(Reports.write(new JUnitReporter(), Reports.handMade(Severity.ADVIES)));
        Element plan = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals(1, testcase(plan, "procedure.toezending-inspectie").getElementsByTagName("failure").getLength());
        assertEquals("2", plan.getAttribute("failures"));
    }

    private static Element testcase(Element suite, String name) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no testcase " + name);
    }
}
