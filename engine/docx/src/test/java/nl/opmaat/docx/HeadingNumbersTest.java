package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Block.Numbering;
import org.junit.jupiter.api.Test;

class HeadingNumbersTest {

    private static Block.Heading h(int level, Numbering numbering) {
        return new Block.Heading(level, List.of(), "x", numbering);
    }

    @Test
    void numbersChaptersParagraphsAndAppendicesLikeNumberingXml() {
        HeadingNumbers n = new HeadingNumbers("Bijlage");
        assertEquals("1", n.next(h(1, Numbering.NUMBERED)));
        assertEquals("1.1", n.next(h(2, Numbering.NUMBERED)));
        assertEquals("1.1.1", n.next(h(3, Numbering.NUMBERED)));
        assertEquals("", n.next(h(4, Numbering.NUMBERED)));
        assertEquals("1.2", n.next(h(2, Numbering.NUMBERED)));
        assertEquals("2", n.next(h(1, Numbering.NUMBERED)));
        assertEquals("2.1", n.next(h(2, Numbering.NUMBERED)));
        assertEquals("", n.next(h(1, Numbering.NONE)));
        assertEquals("Bijlage 1", n.next(h(1, Numbering.APPENDIX)));
        assertEquals("B1.1", n.next(h(2, Numbering.APPENDIX)));
        assertEquals("Bijlage 2", n.next(h(1, Numbering.APPENDIX)));
        assertEquals("B2.1", n.next(h(2, Numbering.APPENDIX)));
        assertEquals("B2.1.1", n.next(h(3, Numbering.APPENDIX)));
    }
}
