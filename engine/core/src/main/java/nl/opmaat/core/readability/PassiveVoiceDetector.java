package nl.opmaat.core.readability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentences in the passive voice: a form of {@code worden} with a past participle anywhere in the same sentence
 * ("het plan wordt door het bestuur vastgesteld", "dat besproken wordt"), or a form of {@code zijn} with a participle
 * that starts with ge- ("het plan is vastgesteld", "de resultaten zijn gemeten"), except participles of verbs whose
 * perfect takes zijn (is gebleven, is gestegen).
 *
 * <p>Participles are words that start with ge- (or have it after a separable particle: vast-ge-steld, op-ge-steld) and
 * end in -d, -t or -n; with {@code worden} also words with an unstressed prefix (be-, ver-, ont-, her-, er-) that end in
 * -d or -t (verdeeld, beoordeeld) or are a known strong participle (besproken, verwezen).
 *
 * <p>Known false positives: the perfect of verbs that take {@code zijn} and are not in the list below (het kind is
 * gefietst), and adjectives that look like participles (het is goed geregeld).
 */
public final class PassiveVoiceDetector {

    private static final Set<String> WORDEN = Set.of("word", "wordt", "worden", "werd", "werden", "geworden");
    private static final Set<String> ZIJN = Set.of("is", "zijn", "was", "waren");
    private static final List<String> PARTICLES = List.of(
            "", "aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "samen", "terug", "toe",
            "uit", "vast", "voor", "weg", "vrij", "neer", "tegen", "vooruit", "bijeen", "tot", "achter");
    private static final List<String> UNSTRESSED = List.of("be", "ver", "ont", "her", "er");
    /** Strong participles with an unstressed prefix; other words with such a prefix ending in -en are infinitives. */
    private static final Set<String> STRONG_PREFIX_PARTICIPLES = Set.of(
            "besproken", "beschreven", "verwezen", "ontvangen", "bevonden", "begrepen", "verkregen", "vergeleken",
            "verboden", "bedreven", "beslagen", "verschenen", "ontnomen", "ondernomen", "vernomen", "bewezen",
            "verheven", "ontworpen", "verworven", "beloofd", "ontslagen", "verstrekt", "ontheven", "herschreven",
            "ervaren", "ontdaan", "vergeten", "verlaten", "behouden", "onthouden", "verbonden", "betrokken");
    /** Verbs of motion and change, whose perfect is formed with zijn (matched as the end of the word: teruggekomen). */
    private static final List<String> ACTIVE_WITH_ZIJN = List.of(
            "gebleven", "gegaan", "gekomen", "gebleken", "geworden", "gestegen", "gevallen", "gestorven", "gelopen",
            "gegroeid", "gedaald", "gestopt", "gebeurd", "gelukt", "verhuisd", "geslaagd", "gezakt", "gereisd",
            "gestart", "geweest", "gevlucht", "verschenen", "verdwenen", "begonnen", "ontstaan");
    /** Words that look like participles but are nouns, adjectives or adverbs in ordinary school texts. */
    private static final Set<String> NOT_PARTICIPLES = Set.of(
            "geld", "gebied", "gebieden", "gemeenten", "gezin", "gezinnen", "gevallen", "gesprekken", "gedachten",
            "gevolgen", "gebouwen", "gegevens", "genoeg", "gewoon", "gezond", "gerecht", "geheel", "gelijk", "geleden",
            "gedeelten", "gemiddeld", "gezamenlijk", "geschikt", "gelegen", "getallen", "geven", "gebruiken", "geeft",
            "geldt", "gebeurt", "geniet", "gelooft", "geneest", "geleidt",
            "gebeuren", "geloven", "gelden", "gewend", "geweest", "geworden", "gedrag", "geduld", "gesprek",
            "beter", "verder", "verschillend", "bekend", "belangrijk", "verantwoordelijk", "ontstaan",
            "bestaan", "benieuwd", "verbeteren", "beleid", "bedrijven", "vervolgens", "verstandig", "verleden",
            "beschikbaar", "bewust", "bijvoorbeeld", "onderwijs", "betekent", "bevat", "bestaat", "betreft", "bericht", "verslag", "ontwerp",
            "verschillen", "bepalen", "besluit", "bereid", "eerst", "eerder", "ervan", "ervoor", "eraan", "erover",
            "erbij", "ertoe", "eruit", "ermee", "erop", "erin", "erg", "ergens", "erkennen", "hetzelfde", "herfst");

    /** True when the sentence contains a passive construction as described above. */
    public boolean isPassive(Sentence sentence) {
        List<String> words = sentence.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        boolean worden = words.stream().anyMatch(WORDEN::contains);
        boolean zijn = words.stream().anyMatch(ZIJN::contains);
        if (!worden && !zijn) {
            return false;
        }
        for (String word : words) {
            if (WORDEN.contains(word) || NOT_PARTICIPLES.contains(word)) {
                continue;
            }
            if (isGeParticiple(word) && (worden || !takesZijn(word))) {
                return true;
            }
            if (worden && isPrefixParticiple(word)) {
                return true;
            }
        }
        return false;
    }

    /** Participles of verbs whose perfect takes zijn: "is gebleven" is active, not passive. */
    private static boolean takesZijn(String participle) {
        return ACTIVE_WITH_ZIJN.stream().anyMatch(participle::endsWith);
    }

    private static boolean isGeParticiple(String word) {
        boolean ending = endsWeak(word) || word.endsWith("n");
        if (!ending || word.length() < 5) {
            return false;
        }
        for (String particle : PARTICLES) {
            if (word.startsWith(particle + "ge") && word.length() >= particle.length() + 5) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrefixParticiple(String word) {
        if (STRONG_PREFIX_PARTICIPLES.contains(word)) {
            return true;
        }
        return word.length() >= 6 && endsWeak(word) && UNSTRESSED.stream().anyMatch(word::startsWith);
    }

    private static boolean endsWeak(String word) {
        return word.endsWith("d") || word.endsWith("t");
    }
}
