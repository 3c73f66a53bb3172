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

    static String header(DocumentMeta meta) {
        WmlWriter w = new WmlWriter("hdr");
        w.start("p").start("pPr").empty("pStyle", "val", "Header").end();
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
