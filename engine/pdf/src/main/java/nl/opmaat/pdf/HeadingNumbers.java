package nl.opmaat.pdf;

import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;

/**
 * Pre-computes heading numbers (1, 1.1, 1.1.1; Bijlage 1, B1.1) so the heading, the table of contents and the PDF
 * bookmarks show the same number; CSS counters cannot reach the bookmarks.
 *
 * <p>Annexes are numbered, not lettered, in the order of {@code bijlagen} in plan.yaml: Dutch plans refer to them as
 * "bijlage 1", "bijlage 2", and a reader looks for the annex under the number the text gives. Their sections carry the
 * initial of the annex word ("B1.1"), so they never read as chapter 1's sections in the contents. The DOCX numbers
 * them the same way.
 */
final class HeadingNumbers {

    private static final int DEPTH = 3;
    private final int[] chapter = new int[DEPTH + 1];
    private final int[] appendix = new int[DEPTH + 1];
    private final String appendixWord;

    HeadingNumbers(Theme theme) {
        this.appendixWord = theme.term(DocumentTerm.BIJLAGE);
    }

    /**
     * The label of the next heading, or an empty string for an unnumbered one.
     *
     * @param level the level the heading is shown at (a level-3 heading straight under a chapter counts as level 2, so
     *              it is numbered 2.1, not 2.0.1)
     */
    String next(Block.Heading heading, int level) {
        if (heading.numbering() == Block.Numbering.NONE || level > DEPTH) {
            return "";
        }
        int[] counters = heading.numbering() == Block.Numbering.APPENDIX ? appendix : chapter;
        counters[level]++;
        for (int i = level + 1; i <= DEPTH; i++) {
            counters[i] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 1; i <= level; i++) {
            if (i > 1) {
                label.append('.');
            }
            label.append(counters[i]);
        }
        if (heading.numbering() == Block.Numbering.APPENDIX) {
            return level == 1 ? appendixWord + " " + label : initial(appendixWord) + label;
        }
        return label.toString();
    }

    /** "B" for "Bijlage": the prefix of an annex's section numbers. */
    static String initial(String appendixWord) {
        return appendixWord.isEmpty() ? "" : appendixWord.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }

}
