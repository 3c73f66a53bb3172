package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structural check finds what it claims to: each test breaks one thing in a good DOCX. */
class DocxStructureTest {

    private static byte[] good;

    @BeforeAll
    static void write() {
        good = new DocxPlanWriter().write(SampleDocuments.full(), TestTheme.distinctive());
    }

    @Test
    void reportsAnUnknownElement() throws Exception {
        List<String> problems = problemsAfter("word/document.xml", xml -> xml.replaceFirst("<w:pStyle ", "<w:pStijl/><w:pStyle "));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("word/document.xml") && p.contains("pStijl")), problems::toString);
    }

    @Test
    void reportsAMissingStyle() throws Exception {
        List<String> problems = problemsAfter("word/document.xml", xml -> xml.replace("w:val=\"Heading3\"", "w:val=\"Kop3\""));
        assertTrue(problems.contains("/word/document.xml: missing paragraph style: Kop3"), problems::toString);
    }

    @Test
    void reportsALinkToAMissingBookmark() throws Exception {
        List<String> problems = problemsAfter("word/document.xml", xml -> xml.replace("w:name=\"de_aanvraag\"", "w:name=\"iets_anders\""));
        assertTrue(problems.contains("/word/document.xml: hyperlink to missing bookmark: de_aanvraag"), problems::toString);
    }

    @Test
    void reportsAnUnclosedField() throws Exception {
        List<String> problems = problemsAfter("word/footer1.xml",
                xml -> xml.replaceFirst("<w:fldChar w:fldCharType=\"end\"/>", ""));
        assertTrue(problems.contains("/word/footer1.xml: 1 field(s) not closed"), problems::toString);
    }

    @Test
    void reportsAMissingFootnote() throws Exception {
        List<String> problems = problemsAfter("word/document.xml", xml -> xml.replace("w:footnoteReference w:id=\"2\"", "w:footnoteReference w:id=\"7\""));
        assertTrue(problems.contains("/word/document.xml: missing footnote: 7"), problems::toString);
    }

    private static List<String> problemsAfter(String entry, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String changed = change.apply(new String(data, StandardCharsets.UTF_8));
                    assertTrue(!changed.equals(new String(data, StandardCharsets.UTF_8)), "the change applies");
                    data = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return DocxStructure.problems(new DocxInspector(out.toByteArray()));
    }
}
