package nl.opmaat.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyphenationTest {

    /** Shows soft hyphens as "-" so the expected breaks read at a glance. */
    private static String shown(String text) {
        return Hyphenation.hyphenate(text).replace(Hyphenation.SOFT_HYPHEN, '-');
    }

    @ParameterizedTest
    @CsvSource({
            "samenwerkingsverband, sa-men-wer-kings-ver-band",
            "ondersteuningsplan, on-der-steu-nings-plan",
            "toelaatbaarheidsverklaring, toe-laat-baar-heids-ver-kla-ring",
            "Basisondersteuning, Ba-sis-on-der-steu-ning",
            "leerlingen, leer-lin-gen",
    })
    void breaksDutchWordsWhereThePatternsAllow(String word, String expected) {
        assertEquals(expected, shown(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "school",                         // under seven letters
            "1.950.000",                      // a number
            "2026–2030",                      // years
            "www.samenwerkingsverband.nl",    // a web address
            "info@samenwerkingsverband.nl",   // an e-mail address
            "Zuidoost-Utrecht",               // a hyphenated name
            "OPDC-voorziening",               // a compound with a hyphen
            "ZorgplatformVO",                 // capitals inside: a name or abbreviation
            "ondersteuningsplan.pdf",         // a file name
    })
    void leavesEverythingButPlainLongWordsAlone(String token) {
        assertEquals(token, Hyphenation.hyphenate(token));
    }

    @Test
    void namesInsideASentenceStayWholeButAFirstWordBreaks() {
        assertEquals("Sa-men-wer-kings-ver-band Passend Onderwijs Voorbeeldregio. Ge-meen-ten lezen",
                shown("Samenwerkingsverband Passend Onderwijs Voorbeeldregio. Gemeenten lezen"));
    }

    @Test
    void keepsPunctuationAndSpacesAndRemovesCleanly() {
        String text = "Het (samenwerkingsverband), per\u00A01\u00A0augustus ondersteuningsplan.";
        String hyphenated = Hyphenation.hyphenate(text);
        assertEquals("Het (sa-men-wer-kings-ver-band), per\u00A01\u00A0augustus on-der-steu-nings-plan.",
                hyphenated.replace(Hyphenation.SOFT_HYPHEN, '-'));
        assertEquals(text, Hyphenation.withoutSoftHyphens(hyphenated));
    }
}
