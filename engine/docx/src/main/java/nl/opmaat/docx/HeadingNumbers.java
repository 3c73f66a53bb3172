package nl.opmaat.docx;

import nl.opmaat.core.document.Block;

/**
 * The number Word's list numbering shows before a heading (1, 1.2, Bijlage 1, B1.1: annexes numbered as
 * the text refers to them, see the PDF writer's HeadingNumbers), computed the same way as
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
            label.append(Math.max(counters[i], 1));
        }
        if (heading.numbering() == Block.Numbering.APPENDIX) {
            return level == 1 ? appendixWord + " " + label : initial(appendixWord) + label;
        }
        return label.toString();
    }

    /** "B" for "Bijlage": the prefix of an annex's section numbers (numbering.xml's ${appendixInitial}). */
    static String initial(String appendixWord) {
        return appendixWord.isEmpty() ? "" : appendixWord.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }

}
