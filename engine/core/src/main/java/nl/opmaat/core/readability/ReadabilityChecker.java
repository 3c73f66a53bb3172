package nl.opmaat.core.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.internal.Messages;

/**
 * Runs the {@code b1.*} rules on a text and returns findings that point at the sentence (or paragraph) concerned;
 * findings about the text as a whole (average sentence length, Flesch-Douma) point at its start. Every finding has the
 * rule's default severity; the caller applies a plan's overrides and waivers.
 */
public final class ReadabilityChecker {

    private static final Messages MESSAGES = Messages.forPackageOf(ReadabilityChecker.class);
    private final ReadabilityThresholds thresholds;
    private final JargonDetector jargon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SyllableCounter syllables = new SyllableCounter();
    private final PassiveVoiceDetector passive = new PassiveVoiceDetector();

    public ReadabilityChecker(ReadabilityThresholds thresholds, JargonDetector jargon) {
        this.thresholds = thresholds;
        this.jargon = jargon;
    }

    public ReadabilityThresholds thresholds() {
        return thresholds;
    }

    /** Sentences, figures and jargon of a text, without judging them. */
    public TextAnalysis analyse(TextSource source) {
        List<Sentence> sentences = splitter.split(source);
        ReadabilityScore score = ReadabilityScore.of(sentences, syllables, passive, thresholds.maxParagraphWords());
        return new TextAnalysis(source, sentences, score, jargon.firstUses(sentences));
    }

    /** The b1 findings for a text, in text order per rule. */
    public List<Finding> check(TextSource source) {
        return check(analyse(source));
    }

    public List<Finding> check(TextAnalysis analysis) {
        return issues(analysis).stream().map(ReadabilityChecker::finding).toList();
    }

    /** What the b1 rules find in an analysed text, unworded, in text order per rule. */
    public List<ReadabilityIssue> issues(TextAnalysis analysis) {
        List<ReadabilityIssue> out = new ArrayList<>();
        ReadabilityScore score = analysis.score();
        if (score.sentences() == 0) {
            return out;
        }
        String name = analysis.source().name();
        SourcePosition start = analysis.source().start();
        List<Sentence> counted = analysis.sentences().stream().filter(Sentence::counts).toList();

        if (score.averageSentenceWords() > thresholds.maxAverageSentenceWords()) {
            out.add(finding(ReadabilityRules.SENTENCE_LENGTH, start, "average", name,
                    round(score.averageSentenceWords()), round(thresholds.maxAverageSentenceWords())));
        }
        for (Sentence sentence : counted) {
            if (sentence.words().size() > thresholds.maxSentenceWords()) {
                out.add(finding(ReadabilityRules.SENTENCE_LENGTH, sentence.position(), "sentence",
                        sentence.words().size(), thresholds.maxSentenceWords(), opening(sentence)));
            }
        }
        if (score.fleschDouma() < thresholds.minFleschDouma()) {
            out.add(finding(ReadabilityRules.READING_EASE, start, "score", name, round(score.fleschDouma()),
                    round(thresholds.minFleschDouma()), round(score.averageSentenceWords()),
                    round(score.syllablesPer100Words()), Math.round(100 * score.shareLongWords())));
        }
        for (JargonUse use : analysis.unexplained()) {
            String example = use.term().explanation();
            out.add(finding(ReadabilityRules.JARGON, use.sentence().position(),
                    example.isEmpty() ? "unexplained-no-example" : "unexplained", use.written(), example));
        }
        if (100 * score.sharePassive() > thresholds.maxPassivePercent()) {
            for (Sentence sentence : counted) {
                if (passive.isPassive(sentence)) {
                    out.add(finding(ReadabilityRules.PASSIVE_VOICE, sentence.position(), "sentence", opening(sentence),
                            score.passiveSentences(), score.sentences(), round(thresholds.maxPassivePercent())));
                }
            }
        }
        Map<Integer, List<Sentence>> paragraphs = new LinkedHashMap<>();
        for (Sentence sentence : counted) {
            if (sentence.kind() == TextBlock.Kind.PARAGRAPH) {
                paragraphs.computeIfAbsent(sentence.block(), b -> new ArrayList<>()).add(sentence);
            }
        }
        for (List<Sentence> paragraph : paragraphs.values()) {
            int words = paragraph.stream().mapToInt(s -> s.words().size()).sum();
            if (words > thresholds.maxParagraphWords()) {
                out.add(finding(ReadabilityRules.PARAGRAPH_LENGTH, paragraph.get(0).position(), "paragraph", words,
                        paragraph.size(), thresholds.maxParagraphWords()));
            }
        }
        return out;
    }

    private static ReadabilityIssue finding(String rule, SourcePosition at, String key, Object... arguments) {
        return new ReadabilityIssue(rule, at, key, List.of(arguments));
    }

    /** The issue worded, at the rules' default severity. */
    private static Finding finding(ReadabilityIssue issue) {
        String base = issue.rule() + "." + issue.key();
        Object[] arguments = issue.arguments().toArray();
        return new Finding(issue.rule(), Severity.WAARSCHUWING, issue.position(), MESSAGES.format(base, arguments),
                MESSAGES.formatOptional(base + ".hint", arguments), null);
    }

    /** The first words of a sentence, to recognise it in a report line. */
    private static String opening(Sentence sentence) {
        List<String> words = sentence.words();
        return words.size() <= 6 ? sentence.text() : String.join(" ", words.subList(0, 6)) + " …";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
