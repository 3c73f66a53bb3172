package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF's structure, as a second reader sees it: {@code qpdf --check} finds nothing to warn about (the trailer's
 * /Size among others), and each entry of the contents is one link, not two.
 */
class PdfSoundnessTest {

    @TempDir
    Path dir;

    static Stream<String> plans() {
        return ShippedPlans.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void qpdfFindsNoProblem(String plan) throws Exception {
        Path pdf = dir.resolve(plan + ".pdf");
        Files.write(pdf, ShippedPlans.get(plan).pdf());
        Process qpdf;
        try {
            qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("qpdf is needed for this test: apt-get install qpdf", e);
        }
        String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(qpdf.waitFor(120, TimeUnit.SECONDS), "qpdf did not finish");
        assertEquals(0, qpdf.exitValue(), output);
        assertFalse(output.contains("WARNING"), output);
        assertTrue(output.contains("No syntax or stream encoding errors found"), output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void eachContentsEntryIsOneLink(String plan) throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get(plan);
        Matcher entries = Pattern.compile("<li class=\"toc-\\d[ \"]").matcher(rendered.html());
        int expected = 0;
        while (entries.find()) {
            expected++;
        }
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            int links = 0;
            // The contents follow the cover and end before the first chapter, which starts on a page of its own.
            for (int p = 1; p < pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p);
                if (!PdfText.pages(pdf).get(p).contains("....")) {
                    break;
                }
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        links++;
                    }
                }
            }
            assertTrue(expected > 5, plan + ": " + expected + " contents entries");
            assertEquals(expected, links, plan + ": link annotations on the contents pages");
        }
    }
}
