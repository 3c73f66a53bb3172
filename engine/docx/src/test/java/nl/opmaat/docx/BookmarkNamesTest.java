package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookmarkNamesTest {

    @Test
    void makesHeadingIdsValidWordBookmarkNames() {
        BookmarkNames names = new BookmarkNames();
        assertEquals("ouder_en_jeugdsteunpunt", names.register("ouder-en-jeugdsteunpunt"));
        assertEquals("h_3_zorgplicht", names.register("3-zorgplicht"));
        assertEquals("een_plan_voor_ouders", names.register("één-plan-voor-ouders"));
        assertEquals(Optional.of("ouder_en_jeugdsteunpunt"), names.lookup("ouder-en-jeugdsteunpunt"));
        assertEquals(Optional.empty(), names.lookup("onbekend"));
    }

    @Test
    void keepsLongAndCollidingNamesUniqueWithinFortyCharacters() {
        BookmarkNames names = new BookmarkNames();
        String longId = "procedure-voor-verwijzing-naar-gespecialiseerd-onderwijs-via-een-tlv";
        String first = names.register(longId);
        String second = names.register(longId + "-2");
        String third = names.register("a-b");
        String fourth = names.register("a_b");
        assertEquals(BookmarkNames.MAX_LENGTH, first.length());
        assertTrue(second.length() <= BookmarkNames.MAX_LENGTH && second.endsWith("_2"), second);
        assertEquals("a_b", third);
        assertEquals("a_b_2", fourth);
        assertEquals(first, names.register(longId), "the same id keeps its name");
    }
}
