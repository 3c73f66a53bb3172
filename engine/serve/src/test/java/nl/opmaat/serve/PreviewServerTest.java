package nl.opmaat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.Finding;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The live preview over real HTTP: a real server on a free port, a copy of a shipped plan, the JDK's HTTP client. */
class PreviewServerTest {

    private static final String PLAN = "vo-zuidoost-utrecht";

    @TempDir
    Path temp;

    @Test
    void thePageShowsEveryFindingInThePanelAndAtItsPlaceLinkedBothWays() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            HttpResponse<String> page = served.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
            String html = page.body();
            List<Finding> findings = new RuleRunner(nl.opmaat.core.rules.builtin.BuiltInRules.catalogue(Law.load()), java.time.Clock.systemDefaultZone())
                    .run(new PlanReader().read(served.directory)).findings();
            assertFalse(findings.isEmpty(), "the plan has findings to show");
            assertTrue(html.contains("id=\"opmaat-bevindingen\""), "the findings panel");
            for (Finding finding : findings) {
                assertTrue(html.contains(Html.text(finding.message())), "shown: " + finding.message());
            }
            for (int n = 1; n <= findings.size(); n++) {
                assertTrue(html.contains("<li id=\"bevinding-" + n + "\""), "panel entry " + n);
                assertTrue(html.contains("href=\"#plek-" + n + "\""), "panel entry " + n + " links to its place");
                assertTrue(html.contains("id=\"plek-" + n + "\" href=\"#bevinding-" + n + "\""), "place " + n + " links back");
            }
            assertFalse(html.contains("id=\"bevinding-" + (findings.size() + 1) + "\""), "one entry per finding");
            // The theme's fonts come in a stylesheet of their own that the browser may keep.
            Matcher styles = Pattern.compile("href=\"(/_opmaat/huisstijl/[0-9a-f]+\\.css)\"").matcher(html);
            assertTrue(styles.find(), "link to the theme's screen stylesheet");
            HttpResponse<String> css = served.get(styles.group(1));
            assertTrue(css.body().contains("@font-face"), "the theme's fonts");
            assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
            assertFalse(html.contains("@font-face"), "not repeated in the page");
        }
    }

    @Test
    void aFindingAtAParagraafReferenceIsMarkedUnderThatSectionsHeading() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            String html = served.get("/").body();
            // plan.yaml's terugplaatsing points at hoofdstukken/07-doorgaande-lijnen.md#overgang-vso-naar-vo, which does
            // not describe it: the finding at that reference belongs under that heading.
            String section = sectionAfterHeading(html, "overgang-vso-naar-vo");
            assertTrue(section.contains("class=\"opmaat-marker"), section);
            assertTrue(section.contains("terugplaatsing"), section);
            // A section nobody's finding is about has no marker.
            assertFalse(sectionAfterHeading(html, "inleiding").contains("class=\"opmaat-marker"));
        }
    }

    @Test
    void aSavedChapterArrivesThroughTheEventStreamAndThePageShowsIt() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp); EventListener events = new EventListener(served)) {
            assertTrue(events.contentType.startsWith("text/event-stream"), events.contentType);
            EventListener.Event first = events.next();
            assertEquals("versie", first.name());
            assertEquals(String.valueOf(served.server.version()), first.data());
            assertFalse(served.get("/").body().contains("Zandbakoverleg"));

            Path chapter = served.directory.resolve("hoofdstukken/01-inleiding.md");
            Files.writeString(chapter, Files.readString(chapter) + "\n## Zandbakoverleg\n\nHet zandbakoverleg komt elke week bijeen.\n");
            EventListener.Event next = events.next();
            assertEquals("versie", next.name());
            assertTrue(Long.parseLong(next.data()) > Long.parseLong(first.data()), next.data());
            String html = served.get("/").body();
            assertTrue(html.contains("Zandbakoverleg"), "the new heading is on the page");
            assertTrue(html.contains("content=\"" + next.data() + "\""), "the page carries the version it shows");
        }
    }

    @Test
    void aBrokenPlanYamlShowsTheDutchProblemWithItsLineAndTheFixBringsThePlanBack() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp); EventListener events = new EventListener(served)) {
            events.next();
            Path planYaml = served.directory.resolve("plan.yaml");
            String original = Files.readString(planYaml);
            long lines = original.lines().count();
            // A second top-level "periode:" is a duplicate key: refused at its own line.
            Files.writeString(planYaml, original + "periode: { van: 2018-08-01, tot: 2022-07-31 }\n");
            events.next();
            String broken = served.get("/").body();
            assertTrue(broken.contains("Het plan is nu niet te lezen"), broken);
            assertTrue(broken.contains("plan.yaml, regel " + (lines + 1)), broken);
            assertFalse(broken.contains("id=\"opmaat-bevindingen\""), "the old content is gone");
            assertTrue(broken.contains(PreviewChrome.SCRIPT), "the problem page refreshes itself too");
            assertFalse(broken.contains("Exception"), broken);

            Files.writeString(planYaml, original);
            events.next();
            assertTrue(served.get("/").body().contains("id=\"opmaat-bevindingen\""), "repaired: the plan is back");
        }
    }

    @Test
    void theSummaryPageShowsTheParentSummaryWithItsReadabilityFigures() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            HttpResponse<String> page = served.get("/samenvatting");
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains("id=\"opmaat-leesbaarheid\""), "the figures panel");
            assertTrue(html.contains("Flesch-Douma"), html.substring(0, 400));
            assertTrue(html.contains("class=\"draft summary\"") || html.contains("class=\"final summary\""), "the summary's own layout");
            Matcher figure = Pattern.compile("Woorden per zin[^<]*</dt><dd>(\\d+(,\\d)?)</dd>").matcher(html);
            assertTrue(figure.find(), "average sentence length as a Dutch number");
        }
    }

    @Test
    void aPlanFileIsShownWithNumberedLines() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            HttpResponse<String> source = served.get("/bron/plan.yaml");
            assertEquals(200, source.statusCode());
            assertTrue(source.body().contains("<li id=\"r4\""), "line anchors");
            assertTrue(source.body().contains("swv:"), "the text itself");
            assertEquals(200, served.get("/bron/hoofdstukken/07-doorgaande-lijnen.md").statusCode());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/bron/../../../../../../etc/passwd",
            "/bron/hoofdstukken/../../../../etc/passwd",
            "/bron/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/bron/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/bron/%252e%252e/%252e%252e/etc/passwd",
            "/bron/..%5c..%5c..%5cetc%5cpasswd",
            "/bron/..%c0%af..%c0%afetc/passwd",
            "/bron/.git/config",
            "/bron//etc/passwd",
            "/bron/plan.yaml%00.png"})
    void pathTraversalIsRefused(String path) throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            String answer = served.rawLocal(path);
            assertEquals(403, ServedPlan.status(answer), answer);
            assertTrue(answer.contains("Geweigerd"), answer);
            assertFalse(answer.contains("root:"), answer);
        }
    }

    @Test
    void aBackslashPathIsRefused() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            String answer = served.rawLocal("/bron/..\\..\\..\\etc\\passwd");
            int status = ServedPlan.status(answer);
            // The JDK's server may already refuse the request line (400); past it, the preview refuses (403).
            assertTrue(status == 403 || status == 400, answer);
            assertFalse(answer.contains("root:"), answer);
        }
    }

    @Test
    void aLinkThatLeadsOutOfThePlanIsRefusedByTheFileGate() throws Exception {
        Path secret = Files.writeString(temp.resolve("geheim.md"), "geheim: niet voor de browser\n");
        try (ServedPlan served = ServedPlan.of(PLAN, temp.resolve("plannen"))) {
            Files.createSymbolicLink(served.directory.resolve("hoofdstukken/link.md"), secret);
            String answer = served.rawLocal("/bron/hoofdstukken/link.md");
            assertEquals(403, ServedPlan.status(answer), answer);
            assertTrue(answer.contains("ligt buiten de planmap"), answer);
            assertFalse(answer.contains("niet voor de browser"), answer);
            assertEquals(403, ServedPlan.status(served.rawLocal("/bron/plan.txt")), "only the plan's text and image types");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:PORT",
            "127.0.0.1:PORT.evil.example"})
    void aForeignHostIsRefused(String host) throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            String answer = served.raw("/", host.replace("PORT", String.valueOf(served.server.port())));
            assertEquals(421, ServedPlan.status(answer), answer);
            assertTrue(answer.contains("Geweigerd: dit adres hoort niet bij opmaat serve"), answer);
            assertFalse(answer.contains("opmaat-bevindingen"), answer);
        }
    }

    @Test
    void theLoopbackNamesAreServed() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            assertEquals(200, ServedPlan.status(served.raw("/", "localhost:" + served.server.port())));
            assertEquals(200, ServedPlan.status(served.raw("/", "127.0.0.1:" + served.server.port())));
        }
    }

    @Test
    void onlyReadingIsAllowedAndNothingIsWrittenIntoThePlanFolder() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            List<Path> before;
            try (var files = Files.walk(served.directory)) {
                before = files.sorted().toList();
            }
            HttpResponse<String> post = served.client.send(HttpRequest.newBuilder(served.uri("/bron/plan.yaml"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
            served.get("/");
            served.get("/samenvatting");
            try (var files = Files.walk(served.directory)) {
                assertEquals(before, files.sorted().toList());
            }
        }
    }

    @Test
    void aPortInUseIsADutchMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            Path plan = temp.resolve(PLAN);
            ServedPlan.copyTree(ServedPlan.PLAN_SOURCES.resolve(PLAN), plan);
            PreviewServer.PortInUse e = assertThrows(PreviewServer.PortInUse.class,
                    () -> PreviewServer.start(plan, taken.getLocalPort(), PreviewSetup.builtIn("test")));
            assertTrue(e.getMessage().startsWith("Poort " + taken.getLocalPort() + " is al in gebruik"), e.getMessage());
        }
    }

    @Test
    void theOwnScriptAndStylesheetAreServedAndNothingElseFromTheClassPath() throws Exception {
        try (ServedPlan served = ServedPlan.of(PLAN, temp)) {
            assertTrue(served.get(PreviewChrome.SCRIPT).body().contains("EventSource"));
            assertTrue(served.get(PreviewChrome.STYLESHEET).body().contains(".opmaat-paneel"));
            assertEquals(404, served.get("/_opmaat/messages.properties").statusCode());
            assertEquals(404, served.get("/_opmaat/PreviewServer.class").statusCode());
        }
    }

    private static String sectionAfterHeading(String html, String id) {
        int start = html.indexOf(" id=\"" + id + "\"");
        assertTrue(start >= 0, "heading " + id);
        int end = html.indexOf("<h", html.indexOf("</h", start) + 3);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
