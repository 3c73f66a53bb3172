package nl.opmaat.serve;

import java.time.LocalTime;
import nl.opmaat.core.internal.Messages;

/**
 * A text file of the plan ({@code plan.yaml}, a chapter, an annex, an {@code ouders/} text) with numbered lines, each
 * line an anchor ({@code #r12}), so "Bron: plan.yaml:12" in the findings panel opens the file at that line.
 */
final class SourcePage {

    private static final Messages MESSAGES = Messages.forPackageOf(SourcePage.class);

    private SourcePage() {
    }

    static String of(String file, String text, long version, LocalTime updated) {
        StringBuilder body = new StringBuilder("<h1>").append(Html.text(MESSAGES.format("source.title", file))).append("</h1>\n");
        body.append("<ol class=\"opmaat-broncode\">\n");
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            body.append("<li id=\"r").append(number).append("\" aria-label=\"")
                    .append(Html.text(MESSAGES.format("source.line", String.valueOf(number)))).append("\"><code>")
                    .append(Html.text(lines[i])).append("</code></li>\n");
        }
        body.append("</ol>\n");
        return PreviewChrome.page(MESSAGES.format("source.title", file), version, PreviewChrome.Tab.OTHER, updated, body.toString());
    }
}
