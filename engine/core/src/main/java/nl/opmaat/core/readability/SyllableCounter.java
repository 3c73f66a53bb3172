package nl.opmaat.core.readability;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the syllables of Dutch words from their spelling: one syllable per vowel group, where the Dutch digraphs and
 * trigraphs (aa, ee, oo, uu, ie, ei, ij, ui, oe, ou, au, eu, ai, aai, ooi, oei, eeu, ieu, eau) are one group and a
 * diaeresis starts a new one (ge-ïn-te-res-seerd, fi-nan-ci-ën).
 *
 * <p>Known limits, because spelling does not show them: eu in Latin words (mu-se-um is handled by its ending only),
 * ei/ie without a diaeresis where a writer left it out, and English loanwords outside the small list below
 * (website, online, team, coach, …), whose silent e or oa would otherwise count as extra syllables. Numbers are
 * estimated from their digits; acronyms that are spelled out (TLV, SBO) count one syllable per letter.
 */
public final class SyllableCounter {

    private static final String VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûüĳ";
    private static final String DIAERESIS = "äëïöü";
    /** Hyphenated and slashed words are counted part by part (e-mail, en/of). */
    private static final String PART_SEPARATORS = "-–/";
    /** Longest first: the counter takes the longest group that matches at each vowel. */
    private static final List<String> GROUPS = List.of(
            "aai", "ooi", "oei", "eeu", "ieu", "eau",
            "aa", "ee", "oo", "uu", "ie", "ei", "ij", "ui", "oe", "ou", "au", "eu", "ai", "éé", "ée");
    /**
     * English loanwords common in Dutch school texts, with their spoken syllables; matched as a whole word or as the
     * first or last part of a compound (teamleider, jeugdcoach, schoolwebsite).
     */
    private static final Map<String, Integer> LOANWORDS = Map.ofEntries(
            Map.entry("website", 2), Map.entry("site", 1), Map.entry("online", 2), Map.entry("offline", 2),
            Map.entry("team", 1), Map.entry("teams", 1), Map.entry("coach", 1), Map.entry("coaches", 2),
            Map.entry("coaching", 2), Map.entry("care", 1), Map.entry("case", 1), Map.entry("time", 1),
            Map.entry("timeout", 2), Map.entry("mail", 1), Map.entry("email", 2), Map.entry("mails", 1),
            Map.entry("update", 2), Map.entry("updates", 2), Map.entry("software", 2), Map.entry("service", 2),
            Map.entry("game", 1), Map.entry("manager", 3), Map.entry("management", 3), Map.entry("managers", 3),
            Map.entry("feedback", 2), Map.entry("meeting", 2), Map.entry("leader", 2), Map.entry("score", 1),
            Map.entry("scores", 1), Map.entry("style", 1), Map.entry("workshop", 2), Map.entry("workshops", 2),
            Map.entry("baseline", 2), Map.entry("headline", 2), Map.entry("deadline", 2), Map.entry("pdf", 3),
            Map.entry("whatsapp", 2), Map.entry("teacher", 2), Map.entry("challenge", 2), Map.entry("skills", 1),
            Map.entry("support", 2), Map.entry("upgrade", 2), Map.entry("helpdesk", 2), Map.entry("stage", 1));

    /** Map.of iterates in a random order per JVM: compounds are matched in this fixed order instead. */
    private static final List<String> LOANWORDS_LONGEST_FIRST = LOANWORDS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
            .toList();

    /** Syllables in one word; 0 for a token without letters or digits. Hyphenated parts are counted apart. */
    public int count(String word) {
        if (word == null || word.isEmpty()) {
            return 0;
        }
        if (isSpelledAcronym(word)) {
            return acronymCore(word).length();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int total = 0;
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || PART_SEPARATORS.indexOf(lower.charAt(i)) >= 0) {
                if (i > start) {
                    total += countPart(lower.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (total == 0 && lower.chars().anyMatch(Character::isDigit)) {
            return numberSyllables(lower);
        }
        return total;
    }

    private int countPart(String part) {
        String letters = lettersOf(part);
        if (letters.isEmpty()) {
            return part.chars().anyMatch(Character::isDigit) ? numberSyllables(part) : 0;
        }
        Integer loan = LOANWORDS.get(letters);
        if (loan != null) {
            return loan;
        }
        // Compounds: a loanword as first or last part (casemanager, teamleider, schoolwebsite), the rest counted the same
        // way. At least three letters must remain, so short Dutch words that merely share letters are left alone.
        for (String loanword : LOANWORDS_LONGEST_FIRST) {
            if (loanword.length() >= 4 && letters.length() >= loanword.length() + 3) {
                if (letters.startsWith(loanword)) {
                    return LOANWORDS.get(loanword) + countPart(letters.substring(loanword.length()));
                }
                if (letters.endsWith(loanword)) {
                    return countPart(letters.substring(0, letters.length() - loanword.length())) + LOANWORDS.get(loanword);
                }
            }
        }
        return vowelGroups(letters);
    }

    /** The core rule: one syllable per vowel group, longest known group first, a diaeresis opening a new group. */
    static int vowelGroups(String letters) {
        int count = 0;
        int i = 0;
        int n = letters.length();
        while (i < n) {
            if (!isVowelAt(letters, i)) {
                i++;
                continue;
            }
            count++;
            int length = groupLength(letters, i);
            i += length;
        }
        // Latin -eum (museum, jubileum, petroleum): the spelling shows "eu" but it is spoken as two syllables.
        if (letters.endsWith("eum") || letters.endsWith("eums")) {
            count++;
        }
        return Math.max(count, letters.isEmpty() ? 0 : 1);
    }

    private static int groupLength(String s, int i) {
        // A diaeresis only marks where a syllable starts (be-ëin-di-gen): the group it opens is matched without it.
        // A diaeresis further on never matches a plain vowel, so "eë" in ideeën stays two groups.
        String from = withoutDiaeresisAt(s, i);
        for (String group : GROUPS) {
            if (from.startsWith(group, i)) {
                return group.length();
            }
        }
        return 1;
    }

    private static String withoutDiaeresisAt(String s, int i) {
        int k = DIAERESIS.indexOf(s.charAt(i));
        return k < 0 ? s : s.substring(0, i) + "aeiou".charAt(k) + s.substring(i + 1);
    }

    private static boolean isVowelAt(String s, int i) {
        char c = s.charAt(i);
        if (c == 'y') {
            // A word-initial y before a vowel is a consonant (yoghurt, yell); elsewhere it is a vowel (baby, psycholoog).
            return !(i == 0 && s.length() > 1 && VOWELS.indexOf(s.charAt(1)) >= 0);
        }
        if (c == 'u' && i > 0 && s.charAt(i - 1) == 'q') {
            return false;
        }
        return VOWELS.indexOf(c) >= 0;
    }

    /**
     * Acronyms that are read letter by letter: all capitals (an optional plural 's or s aside), two to five letters,
     * and either at most three letters or starting with two consonants (TLV, SBO, OPP, VMBO; not HAVO or OOGO).
     */
    static boolean isSpelledAcronym(String word) {
        String core = acronymCore(word);
        if (core.length() < 2 || core.length() > 5 || !core.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        if (core.length() <= 3) {
            return true;
        }
        String lower = core.toLowerCase(Locale.ROOT);
        return VOWELS.indexOf(lower.charAt(0)) < 0 && VOWELS.indexOf(lower.charAt(1)) < 0;
    }

    /** The capitals of an acronym without a plural ending or brackets: TLV's → TLV, (V)SO → VSO. */
    private static String acronymCore(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '(' && c != ')') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Only the letters of a word part (apostrophes, dots and digits dropped). */
    private static String lettersOf(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A rough spoken length for numbers (they are read aloud as words): one syllable per digit, at most five. */
    private static int numberSyllables(String token) {
        long digits = token.chars().filter(Character::isDigit).count();
        return (int) Math.max(1, Math.min(5, digits));
    }
}
