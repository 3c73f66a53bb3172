package nl.opmaat.serve;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.Finding;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;

/**
 * The plan page: the HTML of {@code opmaat build --format html}, unchanged, with the preview added around it. Each
 * finding gets a marker right under the heading of its section ({@code id="plek-N"}, linking to its entry in the
 * panel) and an entry in the findings panel ({@code id="bevinding-N"}, linking back to the marker). Findings about the
 * plan as a whole are marked at the top of the document.
 */
final class PlanPage {

    private static final Messages MESSAGES = Messages.forPackageOf(PlanPage.class);
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::position);

    private PlanPage() {
    }

    record Placed(int number, Finding finding, Optional<String> anchor) {
    }

    static String of(String html, List<Finding> findings, FindingPlaces places, long version, LocalTime updated,
                     String style) {
        List<Placed> placed = new ArrayList<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        for (Finding finding : sorted) {
            placed.add(new Placed(placed.size() + 1, finding, places.anchorOf(finding.position())));
        }
        String out = markHeadings(html, placed);
        out = PreviewChrome.afterTag(out, "<head", "\n" + PreviewChrome.head(version));
        String whole = wholePlan(placed.stream().filter(p -> p.anchor().isEmpty()).toList());
        out = PreviewChrome.afterTag(out, "<body", PreviewChrome.bar(PreviewChrome.Tab.PLAN, updated, style)
                + panel(placed) + whole);
        return out;
    }

    private static String markHeadings(String html, List<Placed> placed) {
        Map<String, List<Placed>> byAnchor = new LinkedHashMap<>();
        for (Placed p : placed) {
            p.anchor().ifPresent(anchor -> byAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(p));
        }
        if (byAnchor.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + byAnchor.size() * 400);
        Matcher heading = Pattern.compile("<h([1-6]) id=\"([^\"]+)\"[^>]*>").matcher(html);
        int copied = 0;
        while (heading.find()) {
            List<Placed> here = byAnchor.remove(heading.group(2));
            if (here == null) {
                continue;
            }
            String close = "</h" + heading.group(1) + ">";
            int end = html.indexOf(close, heading.end());
            if (end < 0) {
                continue;
            }
            end += close.length();
            out.append(html, copied, end).append(markers(here, "opmaat-plek"));
            copied = end;
        }
        out.append(html, copied, html.length());
        return out.toString();
    }

    /**
     * Findings without a section of their own, folded at the top of the document so they do not push the plan down;
     * the script unfolds them when the panel links to one.
     */
    private static String wholePlan(List<Placed> here) {
        if (here.isEmpty()) {
            return "";
        }
        return "<details class=\"opmaat-plek-geheel\"><summary>" + Html.text(MESSAGES.format("panel.whole-plan", here.size()))
                + "</summary>" + markers(here, "opmaat-plek") + "</details>\n";
    }

    private static String markers(List<Placed> here, String cssClass) {
        if (here.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"").append(cssClass).append("\">");
        for (Placed p : here) {
            Finding f = p.finding();
            out.append("<a class=\"opmaat-marker opmaat-").append(f.severity().label()).append(f.waived() ? " opmaat-afwijking" : "")
                    .append("\" id=\"plek-").append(p.number()).append("\" href=\"#bevinding-").append(p.number())
                    .append("\" title=\"").append(Html.text(MESSAGES.format("marker.back"))).append("\">")
                    .append("<span class=\"opmaat-ernst\">").append(Html.text(severity(f.severity()))).append("</span> ")
                    .append(Html.text(f.message())).append("</a>");
        }
        return out.append("</div>\n").toString();
    }

    private static String panel(List<Placed> placed) {
        StringBuilder out = new StringBuilder("<aside id=\"opmaat-bevindingen\" class=\"opmaat-paneel\" aria-label=\"")
                .append(Html.text(MESSAGES.format("panel.label"))).append("\">");
        out.append("<h2 class=\"opmaat-paneel-titel\">").append(Html.text(MESSAGES.format("panel.title"))).append("</h2>");
        int[] counts = new int[Severity.values().length];
        placed.stream().filter(p -> !p.finding().waived()).forEach(p -> counts[p.finding().severity().ordinal()]++);
        if (placed.isEmpty()) {
            out.append("<p class=\"opmaat-geen\">").append(Html.text(MESSAGES.format("panel.none"))).append("</p>");
        } else {
            out.append("<p class=\"opmaat-tellers\">").append(Html.text(MESSAGES.format("panel.counts",
                    counts[Severity.FOUT.ordinal()], counts[Severity.WAARSCHUWING.ordinal()], counts[Severity.ADVIES.ordinal()])))
                    .append("</p><ol class=\"opmaat-lijst\">");
            for (Placed p : placed) {
                out.append(entry(p));
            }
            out.append("</ol>");
        }
        return out.append("</aside>\n").toString();
    }

    private static String entry(Placed p) {
        Finding f = p.finding();
        StringBuilder out = new StringBuilder("<li id=\"bevinding-").append(p.number()).append("\" class=\"opmaat-")
                .append(f.severity().label()).append(f.waived() ? " opmaat-afwijking" : "").append("\">");
        out.append("<a class=\"opmaat-naar\" href=\"#plek-").append(p.number()).append("\" title=\"")
                .append(Html.text(MESSAGES.format("panel.go-to"))).append("\"><span class=\"opmaat-ernst\">")
                .append(Html.text(severity(f.severity()))).append("</span> ").append(Html.text(f.message())).append("</a>");
        if (!f.hint().isBlank()) {
            out.append("<span class=\"opmaat-hint\">").append(Html.text(f.hint())).append("</span>");
        }
        if (f.waived()) {
            out.append("<span class=\"opmaat-hint\">").append(Html.text(MESSAGES.format("panel.waived", f.waiver()))).append("</span>");
        }
        String where = f.position().line() > 0 ? "#r" + f.position().line() : "";
        out.append("<a class=\"opmaat-bron\" href=\"").append(Html.text(PreviewChrome.sourceHref(f.position().file())))
                .append(where).append("\">").append(Html.text(MESSAGES.format("panel.source", f.position()))).append("</a>");
        out.append(" <code class=\"opmaat-regel\">").append(Html.text(f.ruleId())).append("</code>");
        return out.append("</li>").toString();
    }

    static String severity(Severity severity) {
        return MESSAGES.format("severity." + severity.label());
    }
}
