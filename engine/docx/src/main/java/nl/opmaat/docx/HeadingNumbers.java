package nl.opmaat.docx;

import nl.opmaat.core.document.Block;

/**
 * The number Word's list numbering shows before a heading (1, 1.2, Bijlage A, A.1), computed the same way as
 * numbering.xml does, for the pre-filled table of contents. Feed the headings in document order.
 */
final class HeadingNumbers {

    private final String appendixWord;
    private final int[] chapter = new int[3];
    private final int[] appendix = new int[3];

    HeadingNumbers(String appendixWord) {
        this.appendixWord = appendixWord;
    }

    /** The label of the next heading, or empty for an unnumbered heading or one deeper than level 3. */
    String next(Block.Heading heading) {
        int level = heading.level();
        if (heading.numbering() == Block.Numbering.NONE || level > 3) {
            return "";
        }
        int[] counters = heading.numbering() == Block.Numbering.APPENDIX ? appendix : chapter;
        counters[level - 1]++;
        for (int i = level; i < counters.length; i++) {
            counters[i] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < level; i++) {
            if (i > 0) {
                label.append('.');
            }
            label.append(heading.numbering() == Block.Numbering.APPENDIX && i == 0
                    ? letter(Math.max(counters[0], 1)) : Integer.toString(Math.max(counters[i], 1)));
        }
        if (heading.numbering() == Block.Numbering.APPENDIX && level == 1) {
            return appendixWord + " " + label;
        }
        return label.toString();
    }

    /** Word's upperLetter format: A … Z, then AA … ZZ. */
    static String letter(int n) {
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
