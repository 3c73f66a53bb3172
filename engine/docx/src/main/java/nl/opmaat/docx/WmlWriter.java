package nl.opmaat.docx;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one WordprocessingML part as text through a StAX writer, so every name is well-formed and every text and
 * attribute value is escaped. The result is unmarshalled by docx4j, which checks it against its JAXB model and writes
 * the part in schema order.
 */
final class WmlWriter {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    static final String ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    static final String V = "urn:schemas-microsoft-com:vml";
    static final String O = "urn:schemas-microsoft-com:office:office";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    /** Starts a part whose root element is {@code w:<root>}. */
    WmlWriter(String root) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("w", W);
            xml.setPrefix("r", R);
            xml.setPrefix("wp", WP);
            xml.setPrefix("a", A);
            xml.setPrefix("pic", PIC);
            xml.setPrefix("asvg", ASVG);
            xml.setPrefix("v", V);
            xml.setPrefix("o", O);
            xml.writeStartElement("w", root, W);
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
            xml.writeNamespace("wp", WP);
            xml.writeNamespace("a", A);
            xml.writeNamespace("pic", PIC);
            xml.writeNamespace("asvg", ASVG);
            xml.writeNamespace("v", V);
            xml.writeNamespace("o", O);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code w:name} with attribute pairs in the w namespace ({@code "val", "Heading1"}). */
    WmlWriter start(String name, String... attributes) {
        return startNs(W, name, attributes);
    }

    WmlWriter startNs(String namespace, String name, String... attributes) {
        try {
            xml.writeStartElement(namespace, name);
            attributes(namespace, attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes the empty element {@code w:name} with attribute pairs in the w namespace. */
    WmlWriter empty(String name, String... attributes) {
        return emptyNs(W, name, attributes);
    }

    WmlWriter emptyNs(String namespace, String name, String... attributes) {
        try {
            xml.writeEmptyElement(namespace, name);
            attributes(namespace, attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Attributes for the element just opened. DrawingML and VML attributes are unqualified; an attribute named
     * {@code r:id} goes into the relationships namespace, {@code o:spid} into the Office VML namespace.
     */
    private void attributes(String namespace, String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            if (name.startsWith("r:")) {
                xml.writeAttribute("r", R, name.substring(2), value);
            } else if (name.startsWith("o:")) {
                xml.writeAttribute("o", O, name.substring(2), value);
            } else if (namespace.equals(W)) {
                xml.writeAttribute("w", W, name, value);
            } else {
                xml.writeAttribute(name, value);
            }
        }
    }

    WmlWriter end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A {@code w:t} (or {@code w:instrText}) element that keeps leading and trailing spaces. */
    WmlWriter text(String element, String text) {
        try {
            xml.writeStartElement("w", element, W);
            xml.writeAttribute("xml", XML, "space", "preserve");
            xml.writeCharacters(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Character content of the element just opened. */
    WmlWriter characters(String text) {
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes all open elements and returns the part's XML. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toString();
    }
}
