package nl.opmaat.docx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.opmaat.core.document.Inline;

/**
 * Tracked changes ({@code w:ins}, {@code w:del}) of a redline: all by author "opmaat", dated with the document's fixed
 * timestamp (the newer version's adoption date or {@code SOURCE_DATE_EPOCH}), so the file stays reproducible. Ids come
 * from the document's annotation counter, which bookmarks share: Word wants them unique among all annotations.
 */
final class Revisions {

    static final String AUTHOR = "opmaat";

    private final DocxContext ctx;

    Revisions(DocxContext ctx) {
        this.ctx = ctx;
    }

    /** The attributes of a {@code w:ins} or {@code w:del}. */
    String[] attributes() {
        return new String[] {"id", Integer.toString(ctx.nextBookmarkId()), "author", AUTHOR, "date", date()};
    }

    private String date() {
        Instant timestamp = ctx.timestamp == null ? Instant.EPOCH : ctx.timestamp;
        return timestamp.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Marks the paragraph mark itself as inserted or deleted ({@code w:pPr/w:rPr/w:ins|w:del}) when every word of the
     * paragraph is: accepting a deleted paragraph then removes it whole instead of leaving an empty line.
     */
    void paragraphMark(WmlWriter w, List<Inline> content) {
        String kind = wholeKind(content);
        if (kind != null) {
            w.start("rPr").empty(kind, attributes()).end();
        }
    }

    /** {@code "ins"} or {@code "del"} when every inline is that change, else null. */
    static String wholeKind(List<Inline> content) {
        if (content.isEmpty()) {
            return null;
        }
        if (content.stream().allMatch(i -> i instanceof Inline.Inserted)) {
            return "ins";
        }
        if (content.stream().allMatch(i -> i instanceof Inline.Deleted)) {
            return "del";
        }
        return null;
    }
}
