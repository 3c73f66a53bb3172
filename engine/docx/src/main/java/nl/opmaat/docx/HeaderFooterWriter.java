package nl.opmaat.docx;

import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.DocumentMeta;

/**
 * The running header (SWV name, and the title at the right margin) and footer ("pagina x van y" with PAGE and
 * NUMPAGES fields, "Concept" at the left while the plan is a draft). The cover page gets empty ones.
 */
final class HeaderFooterWriter {

    private HeaderFooterWriter() {
    }

    static String header(DocumentMeta meta, Theme theme) {
        WmlWriter w = new WmlWriter("hdr");
        w.start("p").start("pPr").empty("pStyle", "val", "Header").end();
        if (meta.draft()) {
            watermark(w, theme);
        }
        w.start("r").text("t", meta.author()).end();
        w.start("r").empty("tab").end();
        w.start("r").text("t", meta.title()).end();
        w.end();
        return w.finish();
    }

    static String footer(DocumentMeta meta, Theme theme) {
        WmlWriter w = new WmlWriter("ftr");
        w.start("p").start("pPr").empty("pStyle", "val", "Footer").end();
        if (meta.draft()) {
            w.start("r").text("t", theme.term(DocumentTerm.CONCEPT)).end();
        }
        w.start("r").empty("tab").end();
        w.start("r").text("t", theme.term(DocumentTerm.PAGINA) + " ").end();
        field(w, " PAGE ", "1");
        w.start("r").text("t", " " + theme.term(DocumentTerm.VAN) + " ").end();
        field(w, " NUMPAGES ", "1");
        w.end();
        return w.finish();
    }

    /**
     * The word "Concept" diagonally across every page, as Word's own Watermark command writes it (a VML text shape
     * named PowerPlusWaterMarkObject, which Word and LibreOffice recognise as a watermark), in the heading font and the
     * same 10 % grey as the PDF's.
     */
    private static void watermark(WmlWriter w, Theme theme) {
        String word = theme.term(DocumentTerm.CONCEPT).toUpperCase(java.util.Locale.ROOT);
        w.start("r").start("pict");
        w.startNs(WmlWriter.V, "shapetype", "id", "_x0000_t136", "coordsize", "21600,21600", "o:spt", "136",
                "adj", "10800", "path", "m@7,l@8,m@5,21600l@6,21600e");
        w.emptyNs(WmlWriter.V, "path", "textpathok", "t", "o:connecttype", "custom");
        w.emptyNs(WmlWriter.V, "textpath", "on", "t", "fitshape", "t");
        w.end();
        w.startNs(WmlWriter.V, "shape", "id", "PowerPlusWaterMarkObject", "o:spid", "_x0000_s1025", "type", "#_x0000_t136",
                "style", "position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;z-index:-251657216;"
                        + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                        + "mso-position-vertical:center;mso-position-vertical-relative:margin",
                "o:allowincell", "f", "fillcolor", "#" + DocumentMeta.WATERMARK_GREY, "stroked", "f");
        w.emptyNs(WmlWriter.V, "textpath", "style", "font-family:\"" + theme.headingFont() + "\";font-size:1pt",
                "string", word);
        w.end();
        w.end().end();
    }

    /** The cover page's header: empty (no style: the Header style draws a rule), but with the watermark of a draft. */
    static String coverHeader(DocumentMeta meta, Theme theme) {
        WmlWriter w = new WmlWriter("hdr");
        w.start("p");
        if (meta.draft()) {
            watermark(w, theme);
        }
        w.end();
        return w.finish();
    }

    /** An empty header or footer for the cover page (no style: the Header style draws a rule). */
    static String empty(String root) {
        WmlWriter w = new WmlWriter(root);
        w.start("p").end();
        return w.finish();
    }

    private static void field(WmlWriter w, String instruction, String cached) {
        TocWriter.fieldStart(w, instruction, false);
        w.start("r").text("t", cached).end();
        TocWriter.fieldEnd(w);
    }
}
