package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReproducibleZipTest {

    private static String sorted(String xml) {
        return new String(ReproducibleZip.sortRootAttributes(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void sortsTheRootElementsNamespaceDeclarationsWhateverOrderJaxbChose() {
        String one = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"urn:w\" xmlns:w15=\"urn:w15\" mc:Ignorable=\"w15\" xmlns:a=\"urn:a\"><w:body x=\"1\" b=\"2\"/></w:document>";
        String two = "<?xml version=\"1.0\"?>\n<w:document xmlns:w15=\"urn:w15\" xmlns:a=\"urn:a\" mc:Ignorable=\"w15\" xmlns:w=\"urn:w\"><w:body x=\"1\" b=\"2\"/></w:document>";
        String expected = "<?xml version=\"1.0\"?>\n<w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\" xmlns:w15=\"urn:w15\" mc:Ignorable=\"w15\"><w:body x=\"1\" b=\"2\"/></w:document>";
        assertEquals(expected, sorted(one));
        assertEquals(expected, sorted(two));
    }

    @Test
    void leavesOtherContentAlone() {
        String selfClosing = "<!-- c --><r b=\"2\" a=\"1\"/>";
        assertEquals("<!-- c --><r a=\"1\" b=\"2\"/>", sorted(selfClosing));
        byte[] notXml = {(byte) 0x89, 'P', 'N', 'G'};
        assertArrayEquals(notXml, ReproducibleZip.sortRootAttributes(notXml));
    }
}
