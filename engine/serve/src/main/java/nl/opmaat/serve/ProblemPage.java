package nl.opmaat.serve;

import java.time.LocalTime;
import java.util.List;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanProblem;

/**
 * The page shown instead of the plan while it cannot be read: each Dutch problem with its file and line (linked to the
 * source view) and what to do. It carries the live script too, so the plan comes back as soon as it is repaired.
 */
final class ProblemPage {

    private static final Messages MESSAGES = Messages.forPackageOf(ProblemPage.class);

    private ProblemPage() {
    }

    static String of(List<PlanProblem> problems, long version, PreviewChrome.Tab tab, LocalTime updated) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(MESSAGES.format("problems.title"))).append("</h1>\n");
        body.append("<p>").append(Html.text(MESSAGES.format("problems.intro"))).append("</p>\n<ol class=\"opmaat-problemen\">\n");
        for (PlanProblem problem : problems) {
            String file = problem.position().file();
            int line = problem.position().line();
            String where = line > 0 ? MESSAGES.format("problems.at", file, String.valueOf(line)) : MESSAGES.format("problems.at-file", file);
            body.append("<li class=\"opmaat-probleem\"><a class=\"opmaat-bron\" href=\"")
                    .append(Html.text(PreviewChrome.sourceHref(file))).append(line > 0 ? "#r" + line : "").append("\">")
                    .append(Html.text(where)).append("</a>: ").append(Html.text(problem.message()));
            if (!problem.hint().isBlank()) {
                body.append("<br /><span class=\"opmaat-hint\">")
                        .append(Html.text(MESSAGES.format("problems.fix", problem.hint()))).append("</span>");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n");
        return PreviewChrome.page(MESSAGES.format("problems.page"), version, tab, updated, body.toString());
    }

    /** A failure inside opmaat itself: named in Dutch, never a stack trace, and the preview keeps running. */
    static String failure(RuntimeException e, long version, PreviewChrome.Tab tab, LocalTime updated) {
        String body = "<h1>" + Html.text(MESSAGES.format("failure.title")) + "</h1>\n<p>"
                + Html.text(MESSAGES.format("failure.text", e.getClass().getSimpleName())) + "</p>\n";
        return PreviewChrome.page(MESSAGES.format("failure.title"), version, tab, updated, body);
    }
}
