package nl.opmaat.docx;

import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inlines;

/**
 * Writes the table of contents as Word does: a TOC field in a "Table of Contents" building block, pre-filled with one
 * entry per heading (levels 1-3) so it is not empty before the first update. Each entry links to its heading's
 * bookmark. Page numbers exist only after layout: Word fills them when it refreshes the field on opening
 * ({@code updateFields} in settings, and the field is marked dirty); in LibreOffice, "Index bijwerken" does. The
 * pre-filled entries have no page numbers rather than wrong ones (LibreOffice drops PAGEREF fields inside a TOC).
 */
final class TocWriter {

    static final String INSTRUCTION = " TOC \\o \"1-3\" \\h \\z \\u ";

    private final BlockWriter blocks;

    TocWriter(BlockWriter blocks) {
        this.blocks = blocks;
    }

    void write() {
        WmlWriter w = blocks.w;
        DocxContext ctx = blocks.ctx;
        w.start("sdt").start("sdtPr").start("docPartObj")
                .empty("docPartGallery", "val", "Table of Contents").empty("docPartUnique").end().end();
        w.start("sdtContent");
        blocks.openParagraph("TOCHeading", null);
        w.start("r").text("t", ctx.theme.term(DocumentTerm.INHOUDSOPGAVE)).end();
        w.end();

        HeadingNumbers numbers = new HeadingNumbers(ctx.theme.term(DocumentTerm.BIJLAGE));
        boolean first = true;
        for (Block.Heading heading : ctx.headings) {
            String number = numbers.next(heading);
            if (heading.level() > 3) {
                continue;
            }
            blocks.openParagraph("TOC" + heading.level(), null);
            if (first) {
                fieldStart(w, INSTRUCTION, true);
                first = false;
            }
            String bookmark = ctx.bookmarks.lookup(heading.id()).orElseThrow();
            String title = Inlines.plainText(heading.text());
            w.start("hyperlink", "anchor", bookmark, "history", "1");
            w.start("r").text("t", number.isEmpty() ? title : number + " " + title).end();
            w.end();
            w.end();
        }
        blocks.openParagraph(first ? "TOC1" : null, null);
        if (first) {
            fieldStart(w, INSTRUCTION, true);
        }
        fieldEnd(w);
        w.end();
        w.end().end(); // sdtContent, sdt
    }

    /** Begin, instruction and separator of a complex field; the caller writes the result, then {@link #fieldEnd}. */
    static void fieldStart(WmlWriter w, String instruction, boolean dirty) {
        if (dirty) {
            w.start("r").empty("fldChar", "fldCharType", "begin", "dirty", "true").end();
        } else {
            w.start("r").empty("fldChar", "fldCharType", "begin").end();
        }
        w.start("r").text("instrText", instruction).end();
        w.start("r").empty("fldChar", "fldCharType", "separate").end();
    }

    static void fieldEnd(WmlWriter w) {
        w.start("r").empty("fldChar", "fldCharType", "end").end();
    }
}
