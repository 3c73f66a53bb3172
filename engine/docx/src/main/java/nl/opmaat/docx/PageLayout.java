package nl.opmaat.docx;

/**
 * A4 portrait with 2.5 cm margins, in twentieths of a point (twips), the unit of sectPr and tab stops. One EMU is
 * 1/635 twip (DrawingML sizes).
 */
final class PageLayout {

    static final int WIDTH = 11906;
    static final int HEIGHT = 16838;
    static final int MARGIN = 1418;
    static final int HEADER_DISTANCE = 709;
    static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    static final long EMU_PER_TWIP = 635;

    private PageLayout() {
    }
}
