package nl.opmaat.docx;

import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Footnote;
import org.docx4j.openpackaging.parts.Part;

/**
 * Writes footnotes.xml: the separator (-1) and continuation separator (0) Word requires, then one footnote per
 * document footnote with id = its number, each starting with the footnote mark in the Footnote Reference style.
 */
final class FootnotesWriter {

    private FootnotesWriter() {
    }

    static String write(DocxContext ctx, Part footnotesPart, List<Footnote> footnotes) {
        WmlWriter w = new WmlWriter("footnotes");
        separator(w, "separator", "-1", "separator");
        separator(w, "continuationSeparator", "0", "continuationSeparator");
        BlockWriter blocks = new BlockWriter(ctx, w, footnotesPart, false);
        for (Footnote footnote : footnotes) {
            w.start("footnote", "id", Integer.toString(footnote.number()));
            blocks.prefixNextParagraph(x -> {
                x.start("r").start("rPr").empty("rStyle", "val", "FootnoteReference").end().empty("footnoteRef").end();
                x.start("r").text("t", " ").end();
            });
            List<Block> content = footnote.content();
            if (content.isEmpty() || !(content.get(0) instanceof Block.Paragraph)) {
                blocks.openParagraph("FootnoteText", null);
                w.end();
            }
            blocks.writeAll(content, new BlockWriter.Scope("FootnoteText", -1));
            blocks.finish();
            w.end();
        }
        return w.finish();
    }

    private static void separator(WmlWriter w, String type, String id, String mark) {
        w.start("footnote", "type", type, "id", id).start("p").start("pPr")
                .empty("spacing", "after", "0", "line", "240", "lineRule", "auto").end()
                .start("r").empty(mark).end().end().end();
    }
}
