package nl.opmaat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.io.VisibleText;
import nl.opmaat.core.rules.PlanReport;

/**
 * JUnit XML for CI test tabs: one {@code testsuite} per plan, one {@code testcase} per rule that applied to it (and
 * {@code invoer} for an unusable plan). A rule fails when it has unwaived findings at or above {@code --fail-on}; its
 * findings are the failure text. Findings below that level and waived ones go to the testcase's {@code system-out}.
 * Written with StAX, so every attribute and text is escaped; characters XML 1.0 cannot hold are dropped.
 */
public final class JUnitReporter implements Reporter {

    private static final Messages MESSAGES = Messages.forPackageOf(JUnitReporter.class);

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "opmaat");
            int tests = 0;
            int failures = 0;
            List<Suite> suites = new ArrayList<>();
            for (PlanReport plan : result.plans()) {
                Suite suite = Suite.of(plan, result);
                suites.add(suite);
                tests += suite.cases().size();
                failures += suite.failures();
            }
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            for (Suite suite : suites) {
                suite.write(xml, result);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("JUnit XML could not be written: " + e.getMessage(), e);
        }
    }

    /** One plan: its rules in id order, each with the entries it reported. */
    private record Suite(PlanReport plan, Map<String, List<ReportEntry>> cases, int failures) {

        static Suite of(PlanReport plan, CheckResult result) {
            Map<String, List<ReportEntry>> cases = new LinkedHashMap<>();
            TreeSet<String> rules = new TreeSet<>(plan.applied());
            List<ReportEntry> entries = ReportEntry.of(plan);
            entries.forEach(e -> rules.add(e.rule()));
            if (plan.unusable()) {
                rules.add(ReportEntry.INPUT_RULE);
            }
            rules.forEach(r -> cases.put(r, new ArrayList<>()));
            entries.forEach(e -> cases.get(e.rule()).add(e));
            int failures = (int) cases.values().stream()
                    .filter(list -> list.stream().anyMatch(e -> e.failsAt(result.failOn()))).count();
            return new Suite(plan, cases, failures);
        }

        void write(XMLStreamWriter xml, CheckResult result) throws XMLStreamException {
            newline(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", clean(plan.plan()));
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            newline(xml, 2);
            xml.writeStartElement("properties");
            newline(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "swv");
            xml.writeAttribute("value", clean(plan.swv()));
            newline(xml, 2);
            xml.writeEndElement();
            for (Map.Entry<String, List<ReportEntry>> c : cases.entrySet()) {
                testcase(xml, c.getKey(), c.getValue(), result);
            }
            newline(xml, 1);
            xml.writeEndElement();
        }

        private void testcase(XMLStreamWriter xml, String rule, List<ReportEntry> entries, CheckResult result)
                throws XMLStreamException {
            List<ReportEntry> failing = entries.stream().filter(e -> e.failsAt(result.failOn())).toList();
            List<ReportEntry> other = entries.stream().filter(e -> !e.failsAt(result.failOn())).toList();
            newline(xml, 2);
            if (failing.isEmpty() && other.isEmpty()) {
                xml.writeEmptyElement("testcase");
                attributes(xml, rule);
                return;
            }
            xml.writeStartElement("testcase");
            attributes(xml, rule);
            if (!failing.isEmpty()) {
                newline(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", failing.get(0).severity().label());
                xml.writeAttribute("message", clean(MESSAGES.format("junit.failure", failing.size(),
                        result.failOn().label())));
                xml.writeCharacters(clean(text(failing)));
                xml.writeEndElement();
            }
            if (!other.isEmpty()) {
                newline(xml, 3);
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(text(other)));
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
        }

        private void attributes(XMLStreamWriter xml, String rule) throws XMLStreamException {
            xml.writeAttribute("name", clean(rule));
            xml.writeAttribute("classname", clean(plan.plan()));
        }
    }

    /** The findings in the text report's line format, hint and waiver reason indented below. */
    private static String text(List<ReportEntry> entries) {
        StringBuilder s = new StringBuilder("\n");
        for (ReportEntry e : entries) {
            s.append(e.where()).append(": ").append(e.severity().label()).append(" [").append(e.rule()).append("] ")
                    .append(e.message()).append('\n');
            if (!e.hint().isEmpty()) {
                s.append("    ").append(e.hint()).append('\n');
            }
            if (e.waived()) {
                s.append("    ").append(MESSAGES.format("text.waiver-reason", e.waiver())).append('\n');
            }
        }
        return s.toString();
    }

    /** Drops the characters XML 1.0 cannot contain (control characters, lone surrogates); StAX does not. */
    static String clean(String text) {
        StringBuilder s = new StringBuilder(text.length());
        VisibleText.of(text).codePoints().filter(JUnitReporter::allowedInXml).forEach(s::appendCodePoint);
        return s.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
