package nl.opmaat.core.rules.content;

import static nl.opmaat.api.Severity.WAARSCHUWING;

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
    private static final Pattern CHAPTER = Pattern.compile("(?iu)\\bhoofdstuk\\s+(\\d{1,2})\\b");

    @Override
    public void check(Plan plan, RuleContext context) {
        int chapters = plan.chapters().size();
        if (chapters == 0) {
            return;
        }
        for (Chapter chapter : plan.chapters()) {
            for (Section section : chapter.sections()) {
                String own = ownText(chapter, section);
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

    /** The section's text without its subsections, so a reference is reported once, at its own heading. */
    private static String ownText(Chapter chapter, Section section) {
        String text = section.text();
        int index = chapter.sections().indexOf(section);
        if (index + 1 < chapter.sections().size()) {
            Section next = chapter.sections().get(index + 1);
            if (next.level() > section.level()) {
                int cut = text.indexOf(next.text().isEmpty() ? "\u0000" : next.text());
                if (cut >= 0) {
                    return text.substring(0, cut);
                }
            }
        }
        return text;
    }
}
