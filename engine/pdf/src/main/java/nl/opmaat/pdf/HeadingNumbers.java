package nl.opmaat.pdf;

import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;

/**
 * Pre-computes heading numbers (1, 1.1, 1.1.1; Bijlage A, A.1) so the heading, the table of contents and the PDF
 * bookmarks show the same number; CSS counters cannot reach the bookmarks.
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
            label.append(heading.numbering() == Block.Numbering.APPENDIX && i == 1 ? letter(counters[i])
                    : Integer.toString(counters[i]));
        }
        if (heading.numbering() == Block.Numbering.APPENDIX && level == 1) {
            return appendixWord + " " + label;
        }
        return label.toString();
    }

    /** A, B, … Z, AA, AB, … */
    static String letter(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            out.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return out.toString();
    }
}
