package nl.opmaat.docx;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reopens a DOCX with docx4j and answers XPath questions on its parts as docx4j marshals them, so every assertion goes
 * through docx4j's own model of the file. Also keeps the raw zip entries for byte-level checks.
 */
final class DocxInspector {

    static final Map<String, String> NAMESPACES = Map.of(
            "w", WmlWriter.W, "r", WmlWriter.R, "wp", WmlWriter.WP, "a", WmlWriter.A, "pic", WmlWriter.PIC,
            "asvg", WmlWriter.ASVG, "v", WmlWriter.V, "o", WmlWriter.O);

    final WordprocessingMLPackage pkg;
    final Map<String, byte[]> entries = new HashMap<>();
    final List<ZipEntry> zipEntries = new ArrayList<>();
    private final Map<String, Document> doms = new HashMap<>();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    DocxInspector(byte[] docx) throws Exception {
        pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zipEntries.add(e);
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    Part part(String name) throws Exception {
        Part part = pkg.getParts().get(new PartName(name));
        if (part == null) {
            throw new AssertionError("No part " + name);
        }
        return part;
    }

    /** The part as docx4j marshals it, parsed into a DOM. */
    Document dom(String partName) throws Exception {
        Document cached = doms.get(partName);
        if (cached != null) {
            return cached;
        }
        Part part = part(partName);
        String xml = part instanceof JaxbXmlPart<?> jaxb ? XmlUtils.marshaltoString(jaxb.getJaxbElement(), true, true,
                jaxb.getJAXBContext()) : new String(entries.get(partName.substring(1)), java.nio.charset.StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        doms.put(partName, dom);
        return dom;
    }

    List<Node> nodes(String partName, String expression) throws Exception {
        NodeList list = (NodeList) xpath.evaluate(expression, dom(partName), XPathConstants.NODESET);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i));
        }
        return out;
    }

    List<String> strings(String partName, String expression) throws Exception {
        List<String> out = new ArrayList<>();
        for (Node n : nodes(partName, expression)) {
            out.add(n.getNodeType() == Node.ELEMENT_NODE ? text(n) : n.getNodeValue());
        }
        return out;
    }

    /** The first match: an attribute's value or an element's text (see {@link #text}); "" when nothing matches. */
    String string(String partName, String expression) throws Exception {
        List<String> all = strings(partName, expression);
        return all.isEmpty() ? "" : all.get(0);
    }

    double number(String partName, String expression) throws Exception {
        return (Double) xpath.evaluate(expression, dom(partName), XPathConstants.NUMBER);
    }

    /** The text of a WordprocessingML element: its w:t descendants joined, a line feed for each w:br and w:tab. */
    String text(Node element) throws Exception {
        if (element.getLocalName().equals("t") || element.getLocalName().equals("instrText")) {
            return element.getTextContent();
        }
        NodeList ts = (NodeList) xpath.evaluate(".//w:t | .//w:br | .//w:tab", element, XPathConstants.NODESET);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ts.getLength(); i++) {
            Node n = ts.item(i);
            out.append(n.getLocalName().equals("t") ? n.getTextContent() : "\n");
        }
        return out.toString();
    }

    String attr(Node element, String prefix, String name) {
        Node a = element.getAttributes().getNamedItemNS(NAMESPACES.get(prefix), name);
        return a == null ? null : a.getNodeValue();
    }
}
