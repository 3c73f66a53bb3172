package nl.opmaat.core.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Dutch hyphenation for running text: soft hyphens (U+00AD) at the places the Dutch Liang patterns allow, so a
 * renderer that only breaks at soft hyphens (openhtmltopdf) can hyphenate.
 *
 * <p>The patterns are OpenTaal's {@code hyph_nl_NL.dic} as LibreOffice ships it (BSD-2-clause, see
 * {@code hyph_nl_NL.LICENSE.txt} beside it); the pattern matching is Lucene's {@link HyphenationTree}, Liang's algorithm
 * as Apache FOP implements it. A kept pattern set knows Dutch compounds and exceptions that a hand-written syllable rule
 * gets wrong ("ziek-te", "be-oor-de-lings-ka-der"), and Lucene is already on the classpath for the Dutch stemmer.
 *
 * <p>Only ordinary words are touched: at least {@value #MIN_LETTERS} letters, all letters, not written in capitals after
 * the first letter (abbreviations, names such as "PrO"), not capitalised inside a sentence (a Dutch noun is not, so
 * that is a name: "Passend Onderwijs Voorbeeldregio"), not part of a web address, e-mail address, file name, number
 * or hyphenated compound. At least two letters stay before and three after a break. The result is the same for the
 * same text on every run.
 */
public final class Hyphenation {

    public static final char SOFT_HYPHEN = '\u00AD';
    /** Shorter words never break: a two-letter piece on a line gains little and reads badly. */
    public static final int MIN_LETTERS = 7;
    private static final int BEFORE = 2;
    private static final int AFTER = 3;
    /**
     * A run of characters between ordinary spaces; a word is only hyphenated when the whole run is a plain word. A
     * no-break space does not end a run, so the month of a typeset date ("1 augustus", {@link Typography}) stays whole.
     */
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Letters with optional punctuation around them: "(samenwerkingsverband," is a plain word, "a/b" or "x@y.nl" not. */
    private static final Pattern PLAIN_WORD = Pattern.compile("([(\\[“‘\"']*)(\\p{L}+)([)\\].,;:!?”’\"']*)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][)”’\"']*$");
    private static final HyphenationTree DUTCH = load();

    private Hyphenation() {
    }

    /**
     * Does nothing but make sure the patterns are loaded: reading them into Lucene's tree is a class initialiser of
     * some 200 ms in a fresh process, which a build starts on another thread while the plan is read and checked.
     */
    public static void prepare() {
        // The call itself initialises the class; the JVM makes a second thread wait for the first.
    }

    /** {@code text} with soft hyphens inside its long plain words; everything else stays as it was. */
    public static String hyphenate(String text) {
        if (text.length() < MIN_LETTERS) {
            return text;
        }
        Matcher tokens = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int at = 0;
        boolean sentenceStart = true;
        while (tokens.find()) {
            String token = tokens.group();
            out.append(text, at, tokens.start());
            out.append(sentenceStart || !Character.isUpperCase(token.codePointAt(0)) ? token(token) : token);
            sentenceStart = SENTENCE_END.matcher(token).find();
            at = tokens.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text without soft hyphens: what a reader copies. */
    public static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    private static String token(String token) {
        Matcher m = PLAIN_WORD.matcher(token);
        if (!m.matches()) {
            return token;
        }
        return m.group(1) + word(m.group(2)) + m.group(3);
    }

    /** One word of letters only, with soft hyphens at the pattern's break points. */
    static String word(String word) {
        if (word.length() < MIN_LETTERS || hasInnerCapital(word)) {
            return word;
        }
        org.apache.lucene.analysis.compound.hyphenation.Hyphenation h = DUTCH.hyphenate(word, BEFORE, AFTER);
        if (h == null) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int at = 0;
        for (int point : h.getHyphenationPoints()) {
            if (point <= at || point >= word.length()) {
                continue;
            }
            out.append(word, at, point).append(SOFT_HYPHEN);
            at = point;
        }
        return out.append(word.substring(at)).toString();
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the libhyphen file (first line: its charset, then one pattern a line) into Lucene's tree through the XML
     * pattern format it parses, with one letter class per lower-case letter so capitals match too.
     */
    private static HyphenationTree load() {
        String[] lines;
        try (InputStream in = Hyphenation.class.getResourceAsStream("hyph_nl_NL.dic")) {
            if (in == null) {
                throw new IllegalStateException("hyph_nl_NL.dic is missing from the engine");
            }
            byte[] bytes = in.readAllBytes();
            String firstLine = new String(bytes, 0, indexOf(bytes, (byte) '\n'), Charset.forName("ISO-8859-1")).strip();
            Charset charset = Charset.forName(firstLine.replace("ISO8859", "ISO-8859"));
            lines = new String(bytes, charset).split("\\R");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Character> letters = new TreeSet<>();
        StringBuilder patterns = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String pattern = lines[i].strip();
            // libhyphen's header keywords (LEFTHYPHENMIN ...) and non-standard breaks ("/") are not Liang patterns.
            if (pattern.isEmpty() || pattern.contains("/") || !pattern.equals(pattern.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            pattern.chars().filter(Character::isLetter).forEach(c -> letters.add((char) c));
            patterns.append(pattern).append('\n');
        }
        StringBuilder xml = new StringBuilder("<hyphenation-info><classes>\n");
        for (char c : letters) {
            char upper = Character.toUpperCase(c);
            xml.append(c).append(upper != c ? String.valueOf(upper) : "").append('\n');
        }
        xml.append("</classes>\n<patterns>\n").append(escape(patterns.toString())).append("</patterns></hyphenation-info>\n");
        HyphenationTree tree = new HyphenationTree();
        try {
            tree.loadPatterns(new InputSource(new StringReader(xml.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
