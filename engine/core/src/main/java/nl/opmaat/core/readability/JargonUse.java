package nl.opmaat.core.readability;

import nl.opmaat.api.theme.GlossaryTerm;

/**
 * The first use of a jargon term in a text.
 *
 * @param term      the glossary entry the use belongs to
 * @param written   the term as it stands in the text ({@code TLV's}, {@code toelaatbaarheidsverklaring})
 * @param sentence  the sentence it first appears in
 * @param index     that sentence's index in the text's sentence list
 * @param explained true when the same or the next sentence explains it (see {@link JargonDetector})
 */
public record JargonUse(GlossaryTerm term, String written, Sentence sentence, int index, boolean explained) {
}
