package nl.opmaat.serve;

import java.time.LocalTime;
import java.util.List;
import nl.opmaat.api.Finding;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.readability.ReadabilityScore;
import nl.opmaat.core.readability.TextAnalysis;

/**
 * The parent summary as {@code opmaat summary --format html} makes it, with its readability figures (the ones
 * {@code opmaat summary} prints) and the b1 remarks in the panel.
 */
final class SummaryPage {

    private static final Messages MESSAGES = Messages.forPackageOf(SummaryPage.class);

    private SummaryPage() {
    }

    static String of(String html, TextAnalysis analysis, List<Finding> remarks, long version, LocalTime updated, String style) {
        ReadabilityScore score = analysis.score();
        StringBuilder panel = new StringBuilder("<aside id=\"opmaat-leesbaarheid\" class=\"opmaat-paneel\" aria-label=\"")
                .append(Html.text(MESSAGES.format("summary.figures.label"))).append("\">");
        panel.append("<h2 class=\"opmaat-paneel-titel\">").append(Html.text(MESSAGES.format("summary.figures.title"))).append("</h2>");
        panel.append("<dl class=\"opmaat-cijfers\">");
        figure(panel, "summary.figures.sentences", DutchFormat.number(score.sentences()));
        figure(panel, "summary.figures.average", decimal(score.averageSentenceWords()));
        figure(panel, "summary.figures.longest", DutchFormat.number(score.longestSentence()));
        figure(panel, "summary.figures.flesch", decimal(score.fleschDouma()));
        figure(panel, "summary.figures.jargon", DutchFormat.number(analysis.jargon().size()));
        figure(panel, "summary.figures.unexplained", DutchFormat.number(analysis.unexplained().size()));
        panel.append("</dl>");
        if (remarks.isEmpty()) {
            panel.append("<p class=\"opmaat-geen\">").append(Html.text(MESSAGES.format("summary.findings.none"))).append("</p>");
        } else {
            panel.append("<ol class=\"opmaat-lijst\">");
            for (Finding f : remarks) {
                panel.append("<li class=\"opmaat-").append(f.severity().label()).append("\"><span class=\"opmaat-ernst\">")
                        .append(Html.text(PlanPage.severity(f.severity()))).append("</span> ").append(Html.text(f.message()));
                if (!f.hint().isBlank()) {
                    panel.append("<span class=\"opmaat-hint\">").append(Html.text(f.hint())).append("</span>");
                }
                panel.append(" <code class=\"opmaat-regel\">").append(Html.text(f.ruleId())).append("</code></li>");
            }
            panel.append("</ol>");
        }
        panel.append("</aside>\n");
        String out = PreviewChrome.afterTag(html, "<head", "\n" + PreviewChrome.head(version));
        return PreviewChrome.afterTag(out, "<body", PreviewChrome.bar(PreviewChrome.Tab.SUMMARY, updated, style) + panel);
    }

    private static void figure(StringBuilder out, String key, String value) {
        out.append("<dt>").append(Html.text(MESSAGES.format(key))).append("</dt><dd>").append(Html.text(value)).append("</dd>");
    }

    /** One decimal with a comma, as Dutch readers write it ("7,9"). */
    private static String decimal(double value) {
        return DutchFormat.number(Math.round(value * 10) / 10.0);
    }
}
