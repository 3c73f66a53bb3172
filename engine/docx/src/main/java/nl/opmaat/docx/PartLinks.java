package nl.opmaat.docx;

import java.util.HashMap;
import java.util.Map;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;

/**
 * External hyperlink relationships of one part (document, footnotes): a hyperlink's {@code r:id} must point into the
 * relationships of the part that contains it. The same URL reuses its relationship.
 */
final class PartLinks {

    private final Part part;
    private final Map<String, String> idsByUrl = new HashMap<>();

    PartLinks(Part part) {
        this.part = part;
    }

    String relationshipId(String url) {
        return idsByUrl.computeIfAbsent(url, u -> {
            Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
            rel.setType(Namespaces.HYPERLINK);
            rel.setTarget(u);
            rel.setTargetMode("External");
            part.getRelationshipsPart().addRelationship(rel);
            return rel.getId();
        });
    }
}
