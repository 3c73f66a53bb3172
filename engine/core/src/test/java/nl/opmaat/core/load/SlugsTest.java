package nl.opmaat.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Heading anchors as plan authors write them under {@code paragraaf:}. */
class SlugsTest {

    @Test
    void lowerCaseDashesAndNoAccents() {
        assertEquals("ouder-en-jeugdsteunpunt-ojsp", Slugs.of("Ouder- en jeugdsteunpunt (OJSP)"));
        assertEquals("een-reele-begroting-2026-2030", Slugs.of("Eén reële begroting 2026–2030"));
        assertEquals("toelaatbaarheidsverklaring-tlv", Slugs.of("  Toelaatbaarheidsverklaring (TLV)!  "));
        assertEquals("", Slugs.of("—"));
    }
}
