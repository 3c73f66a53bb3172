package nl.opmaat.serve;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import nl.opmaat.core.internal.Messages;

/**
 * What every preview page carries besides the plan: the version it shows (the script compares it with the server's),
 * the preview's stylesheet and script (served by the preview itself, never inline, so the page's Content Security
 * Policy can forbid inline scripts), and the bar on top with the two pages and the live status.
 */
final class PreviewChrome {

    static final String STYLESHEET = "/_opmaat/voorbeeld.css";
    static final String SCRIPT = "/_opmaat/voorbeeld.js";
    static final String ICON = "/_opmaat/icoon.svg";
    static final String EVENTS = "/_opmaat/gebeurtenissen";
    static final String PLAN_PAGE = "/";
    static final String SUMMARY_PAGE = "/samenvatting";
    static final String SOURCE_PREFIX = "/bron/";

    private static final Messages MESSAGES = Messages.forPackageOf(PreviewChrome.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    enum Tab { PLAN, SUMMARY, OTHER }

    private PreviewChrome() {
    }

    /**
     * Goes right after {@code <head>}: first, because an HTML parser ends the head at the writer's {@code <bookmarks>}
     * (meant for the PDF) and puts what follows into the body, where the script could not find the version.
     */
    static String head(long version) {
        return "<meta name=\"opmaat-voorbeeld-versie\" content=\"" + version + "\" />\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + ICON + "\" />\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\" />\n"
                + "<script src=\"" + SCRIPT + "\" defer=\"defer\"></script>\n";
    }

    /** Goes right after {@code <body>}: the bar with the two pages, the time of this reading and the live status. */
    static String bar(Tab tab, LocalTime updated, String style) {
        StringBuilder out = new StringBuilder();
        out.append("<nav class=\"opmaat-balk\" aria-label=\"").append(Html.text(MESSAGES.format("bar.label"))).append("\">");
        out.append("<span class=\"opmaat-naam\">").append(Html.text(MESSAGES.format("bar.label"))).append("</span>");
        out.append(link(PLAN_PAGE, MESSAGES.format("bar.plan"), tab == Tab.PLAN));
        out.append(link(SUMMARY_PAGE, MESSAGES.format("bar.summary"), tab == Tab.SUMMARY));
        out.append("<span class=\"opmaat-tijd\">").append(Html.text(MESSAGES.format("bar.updated", updated.format(TIME))))
                .append("</span>");
        if (style != null && !style.isBlank()) {
            out.append("<span class=\"opmaat-stijl\">").append(Html.text(MESSAGES.format("bar.style", style))).append("</span>");
        }
        out.append("<span id=\"opmaat-verbinding\" class=\"opmaat-verbinding\" role=\"status\" data-live=\"")
                .append(Html.text(MESSAGES.format("bar.live"))).append("\" data-offline=\"")
                .append(Html.text(MESSAGES.format("bar.offline"))).append("\"></span>");
        out.append("</nav>\n");
        return out.toString();
    }

    private static String link(String href, String label, boolean current) {
        return "<a class=\"opmaat-tab\" href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">"
                + Html.text(label) + "</a>";
    }

    /** A page of the preview's own (problems, source view), in the same frame as the plan pages. */
    static String page(String title, long version, Tab tab, LocalTime updated, String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl-NL\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                + "<title>" + Html.text(title) + "</title>\n" + head(version) + "</head>\n<body class=\"opmaat-eigen\">\n"
                + bar(tab, updated, null) + "<main class=\"opmaat-inhoud\">\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** The link to a plan file in the source view; every path segment percent-encoded. */
    static String sourceHref(String file) {
        StringBuilder out = new StringBuilder(SOURCE_PREFIX);
        String[] segments = file.split("/");
        for (int i = 0; i < segments.length; i++) {
            out.append(i == 0 ? "" : "/").append(java.net.URLEncoder.encode(segments[i], java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return out.toString();
    }

    /** Inserts {@code insert} right after the tag that starts with {@code tagStart}. */
    static String afterTag(String html, String tagStart, String insert) {
        int at = html.indexOf(tagStart);
        if (at < 0) {
            return html;
        }
        int end = html.indexOf('>', at) + 1;
        return html.substring(0, end) + insert + html.substring(end);
    }
}
