package nl.opmaat.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import nl.opmaat.api.theme.Theme;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a rendered PDF depend on its input only. openhtmltopdf stamps "now" into the Info dictionary and the XMP, and
 * PDFBox writes a random trailer {@code /ID}; here all dates become the document's fixed date and the ID a hash of the
 * input. The XMP is written with the JDK's own XSLT transformer: another TransformerFactory on the classpath (Saxon from
 * veraPDF, Xalan from docx4j) would format the same XMP differently (docs/library-notes.md §1).
 */
final class ReproduciblePdf {

    /** Info /Producer and pdf:Producer; PDF/A wants the two to agree. */
    static final String PRODUCER = "opmaat (openhtmltopdf, Apache PDFBox)";

    private ReproduciblePdf() {
    }

    static void pin(PDDocument document, Instant timestamp, byte[] id) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(timestamp.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setProducer(PRODUCER);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            XMPMetadata xmp = parse(metadata);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            if (basic.getMetadataDate() != null) {
                basic.setMetadataDate(date);
            }
            AdobePDFSchema pdf = xmp.getAdobePDFSchema();
            if (pdf == null) {
                pdf = xmp.createAndAddAdobePDFSchema();
            }
            pdf.setProducer(PRODUCER);
            metadata.importXMPMetadata(serialise(xmp));
        }
        byte[] half = Arrays.copyOf(id, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(half));
        ids.add(new COSString(half));
        document.getDocument().setDocumentID(ids);
    }

    /** SHA-256 of the XHTML and the theme id; its first 16 bytes become the document ID. */
    static byte[] inputHash(String xhtml, Theme theme) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(theme.id().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static XMPMetadata parse(PDMetadata metadata) throws IOException {
        try (InputStream in = metadata.exportXMPMetadata()) {
            return new DomXmpParser().parse(in.readAllBytes());
        } catch (XmpParsingException e) {
            throw new IOException("openhtmltopdf wrote XMP that cannot be read back: " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(XMPMetadata xmp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                    .serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("XMP could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
