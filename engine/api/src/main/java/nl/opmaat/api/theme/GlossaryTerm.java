package nl.opmaat.api.theme;

import java.util.List;

/**
 * A term with a one-sentence explanation at language level B1, for the glossary appendix and the parent summary.
 *
 * @param term        the term as written in the plan ({@code TLV})
 * @param explanation one B1 sentence, ending with a full stop
 * @param variants    other spellings that count as the same term ({@code toelaatbaarheidsverklaring})
 */
public record GlossaryTerm(String term, String explanation, List<String> variants) {
    public GlossaryTerm {
        variants = List.copyOf(variants);
    }
}
