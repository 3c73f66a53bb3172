package nl.opmaat.docx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.stream.StreamSource;
import org.docx4j.jaxb.Context;
import org.w3c.dom.Node;

/**
 * The structural check of a DOCX, in place of the OOXML schemas (docx4j ships none, and JAXB cannot generate them from
 * docx4j's model): every XML part unmarshals into docx4j's JAXB model without a single validation event (an unknown
 * or misplaced element or attribute is one), and every reference inside the package resolves: styles, numbering,
 * relationships, bookmarks, footnotes, drawing ids and field characters. These are the faults that make Word
 * report "unreadable content".
 */
final class DocxStructure {

    private DocxStructure() {
    }

    /** The problems found; empty when the package is sound. */
    static List<String> problems(DocxInspector docx) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : docx.entries.entrySet()) {
            JAXBContext context = contextFor(e.getKey());
            if (context != null) {
                strict(e.getKey(), e.getValue(), context, problems);
            }
        }
        references(docx, problems);
        return problems;
    }

    private static JAXBContext contextFor(String entry) {
        if (entry.endsWith(".rels")) {
            return Context.jcRelationships;
        } else if (entry.equals("[Content_Types].xml")) {
            return Context.jcContentTypes;
        } else if (entry.equals("docProps/core.xml")) {
            return Context.jcDocPropsCore;
        } else if (entry.equals("docProps/app.xml")) {
            return Context.jcDocPropsExtended;
        } else if (entry.equals("docProps/custom.xml")) {
            return Context.jcDocPropsCustom;
        } else if (entry.startsWith("word/") && entry.endsWith(".xml")) {
            return Context.jc;
        }
        return null;
    }

    private static void strict(String name, byte[] xml, JAXBContext context, List<String> problems) throws Exception {
        Unmarshaller u = context.createUnmarshaller();
        List<ValidationEvent> events = new ArrayList<>();
        u.setEventHandler(event -> {
            events.add(event);
            return true;
        });
        u.unmarshal(new StreamSource(new ByteArrayInputStream(xml)));
        for (ValidationEvent event : events) {
            problems.add(name + ": " + event.getMessage() + " (line " + event.getLocator().getLineNumber() + ")");
        }
    }

    private static void references(DocxInspector docx, List<String> problems) throws Exception {
        Set<String> paragraphStyles = new HashSet<>(docx.strings("/word/styles.xml", "//w:style[@w:type='paragraph']/@w:styleId"));
        Set<String> characterStyles = new HashSet<>(docx.strings("/word/styles.xml", "//w:style[@w:type='character']/@w:styleId"));
        Set<String> tableStyles = new HashSet<>(docx.strings("/word/styles.xml", "//w:style[@w:type='table']/@w:styleId"));
        Set<String> allStyles = new HashSet<>(docx.strings("/word/styles.xml", "//w:style/@w:styleId"));
        for (String ref : docx.strings("/word/styles.xml", "//w:basedOn/@w:val | //w:next/@w:val | //w:link/@w:val")) {
            require(allStyles, ref, "styles.xml refers to missing style", problems);
        }
        Set<String> numIds = new HashSet<>(docx.strings("/word/numbering.xml", "//w:num/@w:numId"));
        numIds.add("0");
        Set<String> abstractIds = new HashSet<>(docx.strings("/word/numbering.xml", "//w:abstractNum/@w:abstractNumId"));
        for (String ref : docx.strings("/word/numbering.xml", "//w:num/w:abstractNumId/@w:val")) {
            require(abstractIds, ref, "numbering.xml: missing abstractNum", problems);
        }
        for (String ref : docx.strings("/word/styles.xml", "//w:numPr/w:numId/@w:val")) {
            require(numIds, ref, "styles.xml: missing num", problems);
        }
        for (String ref : docx.strings("/word/numbering.xml", "//w:lvl/w:pStyle/@w:val")) {
            require(paragraphStyles, ref, "numbering.xml: missing paragraph style", problems);
        }

        Set<String> footnoteIds = new HashSet<>(docx.strings("/word/footnotes.xml", "/w:footnotes/w:footnote/@w:id"));
        Set<String> drawingIds = new HashSet<>();
        for (String part : List.of("/word/document.xml", "/word/footnotes.xml", "/word/header1.xml", "/word/header2.xml",
                "/word/footer1.xml", "/word/footer2.xml")) {
            for (String ref : docx.strings(part, "//w:pStyle/@w:val")) {
                require(paragraphStyles, ref, part + ": missing paragraph style", problems);
            }
            for (String ref : docx.strings(part, "//w:rStyle/@w:val")) {
                require(characterStyles, ref, part + ": missing character style", problems);
            }
            for (String ref : docx.strings(part, "//w:tblStyle/@w:val")) {
                require(tableStyles, ref, part + ": missing table style", problems);
            }
            for (String ref : docx.strings(part, "//w:numPr/w:numId/@w:val")) {
                require(numIds, ref, part + ": missing num", problems);
            }
            for (String ref : docx.strings(part, "//w:footnoteReference/@w:id")) {
                require(footnoteIds, ref, part + ": missing footnote", problems);
            }
            Set<String> relIds = relationshipIds(docx, part);
            for (String ref : docx.strings(part, "//@r:id | //@r:embed")) {
                require(relIds, ref, part + ": missing relationship", problems);
            }
            for (String id : docx.strings(part, "//wp:docPr/@id")) {
                if (!drawingIds.add(id)) {
                    problems.add(part + ": duplicate drawing id " + id);
                }
            }
            fields(docx, part, problems);
        }

        List<String> starts = docx.strings("/word/document.xml", "//w:bookmarkStart/@w:id");
        Set<String> ends = new HashSet<>(docx.strings("/word/document.xml", "//w:bookmarkEnd/@w:id"));
        if (starts.size() != new HashSet<>(starts).size() || !ends.equals(new HashSet<>(starts))) {
            problems.add("bookmarkStart/bookmarkEnd ids do not pair up: " + starts + " vs " + ends);
        }
        Set<String> names = new HashSet<>();
        for (String name : docx.strings("/word/document.xml", "//w:bookmarkStart/@w:name")) {
            if (!names.add(name) || !name.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                problems.add("bookmark name not unique or not valid for Word: " + name);
            }
        }
        for (String part : List.of("/word/document.xml", "/word/footnotes.xml")) {
            for (String anchor : docx.strings(part, "//w:hyperlink/@w:anchor")) {
                require(names, anchor, part + ": hyperlink to missing bookmark", problems);
            }
        }
    }

    private static Set<String> relationshipIds(DocxInspector docx, String part) {
        var rels = docx.pkg.getParts().get(partName(part)).getRelationshipsPart(false);
        Set<String> ids = new HashSet<>();
        if (rels != null) {
            rels.getRelationships().getRelationship().forEach(r -> ids.add(r.getId()));
        }
        return ids;
    }

    private static org.docx4j.openpackaging.parts.PartName partName(String name) {
        try {
            return new org.docx4j.openpackaging.parts.PartName(name);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Complex fields nest properly: begin, separate, end, in that order, all closed. */
    private static void fields(DocxInspector docx, String part, List<String> problems) throws Exception {
        Map<Integer, Boolean> separated = new HashMap<>();
        int depth = 0;
        for (Node n : docx.nodes(part, "//w:fldChar")) {
            String type = docx.attr(n, "w", "fldCharType");
            switch (type) {
                case "begin" -> separated.put(++depth, false);
                case "separate" -> {
                    if (depth == 0 || separated.get(depth)) {
                        problems.add(part + ": field separator outside a field");
                    } else {
                        separated.put(depth, true);
                    }
                }
                case "end" -> {
                    if (depth == 0) {
                        problems.add(part + ": field end without begin");
                    } else {
                        depth--;
                    }
                }
                default -> problems.add(part + ": unknown fldCharType " + type);
            }
        }
        if (depth != 0) {
            problems.add(part + ": " + depth + " field(s) not closed");
        }
    }

    private static void require(Set<String> known, String ref, String message, List<String> problems) {
        if (!known.contains(ref)) {
            problems.add(message + ": " + ref);
        }
    }
}
