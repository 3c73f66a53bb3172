package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleContext;
import nl.opmaat.api.rule.RuleInfo;

/**
 * Cross-references to a chapter ("zie hoofdstuk 12") point to a chapter that exists.
 *
 * <p>Found in the real plans: reading guides and cross-references that name chapters the plan does not have. Reported
 * at the heading of the section that holds the reference. Known false negative: a reference to an existing chapter
 * with the wrong subject is not caught.
 */
@RuleInfo(id = "inhoud.verwijzingen", severity = WAARSCHUWING, legalBasis = {"goede praktijk"})
public final class ChapterReferencesRule implements Rule {

    static final String MSG_NO_SUCH_CHAPTER = "no-such-chapter";
    private static final String WORD = "hoofdstuk";
    private static final Pattern CHAPTER = Pattern.compile("(?iu)\\bhoofdstuk\\s+(\\d{1,2})\\b");

    @Override
    public void check(Plan plan, RuleContext context) {
        int chapters = plan.chapters().size();
        if (chapters == 0) {
            return;
        }
        for (Chapter chapter : plan.chapters()) {
            List<Section> sections = chapter.sections();
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                String own = ownText(sections, i);
                if (!mentionsChapter(own)) {
                    continue;
                }
                Matcher m = CHAPTER.matcher(own);
                while (m.find()) {
                    int number = Integer.parseInt(m.group(1));
                    if (number < 1 || number > chapters) {
                        context.report(section.position(), MSG_NO_SUCH_CHAPTER, number, chapters);
                    }
                }
            }
        }
    }

    /**
     * A quick test before the expression: a case-insensitive Unicode expression tries every position of the text, and
     * most sections never name a chapter. {@code regionMatches} folds case per character as the expression does.
     */
    private static boolean mentionsChapter(String text) {
        for (int i = 0; i + WORD.length() <= text.length(); i++) {
            // Only 'h' and 'H' fold to 'h', so the full comparison runs at those few places.
            char c = text.charAt(i);
            if ((c == 'h' || c == 'H') && text.regionMatches(true, i, WORD, 0, WORD.length())) {
                return true;
            }
        }
        return false;
    }

    /** The section's text without its subsections, so a reference is reported once, at its own heading. */
    private static String ownText(List<Section> sections, int index) {
        // By index, not indexOf: comparing section records compares their whole texts, for every section.
        String text = sections.get(index).text();
        if (index + 1 < sections.size()) {
            Section next = sections.get(index + 1);
            if (next.level() > sections.get(index).level()) {
                int cut = text.indexOf(next.text().isEmpty() ? "\u0000" : next.text());
                if (cut >= 0) {
                    return text.substring(0, cut);
                }
            }
        }
        return text;
    }
}
