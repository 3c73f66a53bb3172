package nl.opmaat.docx;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.opmaat.core.document.DocumentMeta;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.extended.Properties;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;

/**
 * The package's metadata: core properties (title, subject, creator = the SWV, language, the fixed document date),
 * extended properties, and custom properties from {@link DocumentMeta#properties()} in key order (periode,
 * vaststellingsdatum, opmaat-versie), which Word shows under Eigenschappen and can insert with DOCPROPERTY.
 */
final class PackageProperties {

    private PackageProperties() {
    }

    static void write(WordprocessingMLPackage pkg, DocumentMeta meta) throws Exception {
        String date = DateTimeFormatter.ISO_INSTANT.format(meta.timestamp().truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC).toInstant());
        String core = Templates.fill("core.xml", Map.of(
                "title", meta.title(),
                "subject", meta.subtitle() == null ? "" : meta.subtitle(),
                "creator", meta.author(),
                "lang", meta.language(),
                "status", meta.status() == null ? "" : meta.status(),
                "date", date), Map.of());
        pkg.getDocPropsCorePart().setJaxbElement((CoreProperties) XmlUtils.unmarshalString(core, Context.jcDocPropsCore));
        String app = Templates.fill("app.xml", Map.of("company", meta.author()), Map.of());
        pkg.getDocPropsExtendedPart().setJaxbElement((Properties) XmlUtils.unmarshalString(app, Context.jcDocPropsExtended));

        DocPropsCustomPart custom = new DocPropsCustomPart();
        custom.setJaxbElement(new org.docx4j.docProps.custom.ObjectFactory().createProperties());
        meta.properties().forEach(custom::setProperty);
        pkg.addTargetPart(custom);
    }
}
