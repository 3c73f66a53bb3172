package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Same plan, same bytes: fixed dates, an input-derived document ID, and XMP that does not depend on the classpath. */
class ReproducibilityTest {

    private static final String PLAN = "po-22-02-emmen";
    private static final String JDK_XSLT = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";
    private static final String FACTORY_PROPERTY = "javax.xml.transform.TransformerFactory";

    @Test
    void twoBuildsOfTheSamePlanAreByteIdentical() {
        byte[] first = ShippedPlans.get(PLAN).pdf();
        byte[] second = ShippedPlans.render(PLAN).pdf();
        assertArrayEquals(first, second);
    }

    /** veraPDF puts Saxon on this classpath (docx4j brings Xalan elsewhere); the CLI has neither (docs/library-notes.md §1). */
    @Test
    void theBytesDoNotDependOnTheTransformerFactoryOnTheClasspath() {
        String before = System.getProperty(FACTORY_PROPERTY);
        String classpathFactory = TransformerFactory.newInstance().getClass().getName();
        assertNotEquals(JDK_XSLT, classpathFactory, "another XSLT implementation is on the test classpath");
        byte[] withJdkFactory;
        try {
            System.setProperty(FACTORY_PROPERTY, JDK_XSLT);
            assertEquals(JDK_XSLT, TransformerFactory.newInstance().getClass().getName());
            withJdkFactory = ShippedPlans.render(PLAN).pdf();
        } finally {
            if (before == null) {
                System.clearProperty(FACTORY_PROPERTY);
            } else {
                System.setProperty(FACTORY_PROPERTY, before);
            }
        }
        assertArrayEquals(ShippedPlans.get(PLAN).pdf(), withJdkFactory);
    }

    @Test
    void datesAreTheAdoptionDateAndTheIdIsAHashOfTheInput() throws Exception {
        ShippedPlans.Rendered r = ShippedPlans.get(PLAN);
        Instant adopted = Instant.parse("2026-04-17T00:00:00Z");
        assertEquals(adopted, r.document().meta().timestamp());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            assertEquals(adopted, pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(adopted, pdf.getDocumentInformation().getModificationDate().toInstant());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2026-04-17T00:00:00"), "XMP dates are pinned");
            COSArray id = pdf.getDocument().getDocumentID();
            byte[] expected = Arrays.copyOf(ReproduciblePdf.inputHash(r.html(), r.theme()), 16);
            assertArrayEquals(expected, ((COSString) id.get(0)).getBytes());
            assertArrayEquals(expected, ((COSString) id.get(1)).getBytes());
        }
    }
}
