package nl.opmaat.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Blocks;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.io.AtomicFiles;
import org.docx4j.Docx4jProperties;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;

/**
 * Writes a {@link Document} as an editable DOCX in the theme's house style: named styles whose fonts and colours come
 * from the {@link Theme}, numbered headings with bookmarks, a cover page, a TOC field that Word updates on opening,
 * running header and footer, real footnotes, tables with repeating header rows, and the plan's metadata as core and
 * custom properties. The same document and theme always give the same bytes.
 */
public final class DocxPlanWriter {

    /** The custom property that holds the plan period; also shown on the cover. */
    public static final String PROPERTY_PERIOD = "periode";

    static {
        // docx4j otherwise writes "Created by docx4j <version> ... <java version> on <os>" into document.xml.
        Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
    }

    /**
     * Loads docx4j's JAXB model of WordprocessingML (about a second of class loading on a cold JVM). A command can call
     * this on another thread while it reads and checks the plan; {@link #write} waits for it anyway.
     */
    public static void preload() {
        org.docx4j.jaxb.Context.getWmlObjectFactory();
    }

    /** Writes the DOCX to {@code target} atomically. */
    public void write(Document document, Theme theme, Path target) throws IOException {
        AtomicFiles.write(target, write(document, theme));
    }

    /** The DOCX as bytes. */
    public byte[] write(Document document, Theme theme) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
            DocxContext ctx = new DocxContext(pkg, theme, Blocks.headings(document.blocks()), document.meta().timestamp());
            DocumentMeta meta = document.meta();
            MainDocumentPart main = pkg.getMainDocumentPart();
            Map<String, String> values = themeValues(theme, meta);

            main.getStyleDefinitionsPart().setJaxbElement(
                    unmarshal(Styles.class, Templates.fill("styles.xml", values, Map.of())));
            DocumentSettingsPart settings = new DocumentSettingsPart();
            settings.setJaxbElement(unmarshal(CTSettings.class, Templates.fill("settings.xml", values, Map.of())));
            main.addTargetPart(settings);

            FontTablePart fontTable = new FontTablePart();
            fontTable.setJaxbElement(unmarshal(Fonts.class, FontTableWriter.write(theme)));
            main.addTargetPart(fontTable);

            FootnotesPart footnotes = new FootnotesPart();
            main.addTargetPart(footnotes);
            footnotes.setJaxbElement(unmarshal(CTFootnotes.class, FootnotesWriter.write(ctx, footnotes, document.footnotes())));

            String header = addHeader(main, "/word/header1.xml", HeaderFooterWriter.header(meta, theme));
            String firstHeader = addHeader(main, "/word/header2.xml", HeaderFooterWriter.coverHeader(meta, theme));
            String footer = addFooter(main, "/word/footer1.xml", HeaderFooterWriter.footer(meta, theme));
            String firstFooter = addFooter(main, "/word/footer2.xml", HeaderFooterWriter.empty("ftr"));

            WmlWriter w = new WmlWriter("document");
            w.start("body");
            BlockWriter body = new BlockWriter(ctx, w, main, true);
            CoverWriter.write(body, meta);
            body.writeAll(document.blocks(), BlockWriter.Scope.BODY);
            body.finish();
            sectionProperties(w, header, firstHeader, footer, firstFooter);
            w.end();
            main.setJaxbElement(unmarshal(org.docx4j.wml.Document.class, w.finish()));

            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            numbering.setJaxbElement(unmarshal(Numbering.class,
                    Templates.fill("numbering.xml", values, Map.of("lists", ctx.numbering.listsXml()))));
            main.addTargetPart(numbering);

            PackageProperties.write(pkg, meta);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return ReproducibleZip.normalise(out.toByteArray(), meta.timestamp());
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the DOCX", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // docx4j's checked exceptions here mean a bug in this writer, not bad input: the XML is built by StAX.
            throw new IllegalStateException("Could not write the DOCX: " + e.getMessage(), e);
        }
    }

    /** Parses a part's XML into docx4j's model; some roots come back wrapped in a JAXBElement (docs/library-notes.md §2). */
    static <T> T unmarshal(Class<T> type, String xml) throws jakarta.xml.bind.JAXBException {
        return type.cast(XmlUtils.unwrap(XmlUtils.unmarshalString(xml)));
    }

    /** The placeholders of the style, numbering and settings templates. */
    private static Map<String, String> themeValues(Theme theme, DocumentMeta meta) {
        return Map.of(
                "bodyFont", theme.bodyFont(),
                "headingFont", theme.headingFont(),
                "primary", theme.colours().primary(),
                "accent", theme.colours().accent(),
                "text", theme.colours().text(),
                "lang", meta.language(),
                "appendix", theme.term(DocumentTerm.BIJLAGE),
                "appendixInitial", HeadingNumbers.initial(theme.term(DocumentTerm.BIJLAGE)),
                "textWidth", Integer.toString(PageLayout.TEXT_WIDTH),
                // Half-points: 10 pt for the plan, 12 pt for the summary for parents (a folder they read at home).
                "bodySize", meta.parentSummary() ? "24" : "20");
    }

    private static String addHeader(MainDocumentPart main, String name, String xml) throws Exception {
        HeaderPart part = new HeaderPart(new PartName(name));
        part.setJaxbElement(unmarshal(Hdr.class, xml));
        return main.addTargetPart(part).getId();
    }

    private static String addFooter(MainDocumentPart main, String name, String xml) throws Exception {
        FooterPart part = new FooterPart(new PartName(name));
        part.setJaxbElement(unmarshal(Ftr.class, xml));
        return main.addTargetPart(part).getId();
    }

    /** One A4 section; the first page (the cover) has its own, empty, header and footer. */
    private static void sectionProperties(WmlWriter w, String header, String firstHeader, String footer, String firstFooter) {
        String margin = Integer.toString(PageLayout.MARGIN);
        String distance = Integer.toString(PageLayout.HEADER_DISTANCE);
        w.start("sectPr")
                .empty("headerReference", "type", "default", "r:id", header)
                .empty("headerReference", "type", "first", "r:id", firstHeader)
                .empty("footerReference", "type", "default", "r:id", footer)
                .empty("footerReference", "type", "first", "r:id", firstFooter)
                .empty("pgSz", "w", Integer.toString(PageLayout.WIDTH), "h", Integer.toString(PageLayout.HEIGHT))
                .empty("pgMar", "top", margin, "right", margin, "bottom", margin, "left", margin,
                        "header", distance, "footer", distance, "gutter", "0")
                .empty("cols", "space", "708")
                .empty("titlePg")
                .empty("docGrid", "linePitch", "360")
                .end();
    }
}
