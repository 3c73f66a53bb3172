package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.opmaat.api.model.Contact;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.plugin.PluginSelection;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleRunner;
import nl.opmaat.core.summary.ParentSummary;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parent summary's contact box, as a parent sees it and as a screen reader reads it, for every shipped plan in its
 * house style: in the PDF the question, the lead-in and every contact line stand on one page inside a rectangle tinted
 * in the theme's accent colour and framed in its primary colour (read from the page's content stream); the PDF stays
 * PDF/UA-1 and PDF/A-3a; the XHTML holds one {@code <aside>} named by its heading, with the contact data.
 */
class SummaryContactBoxTest {

    private static final Messages SUMMARY = Messages.forPackageOf(ParentSummaryBuilder.class);
    /** Frame drawn at most this far (points) outside the tinted area. */
    private static final double FRAME_SLACK = 4;

    static Stream<String> plans() {
        return ShippedPlans.names().stream();
    }

    /** A summary rendered as {@code opmaat summary} does: the plan's plugin theme and glossary, a draft marked. */
    private record Summary(LoadedPlan loaded, Theme theme, String html, byte[] pdf) {
    }

    private static Summary summary(String name) throws Exception {
        LoadedPlan loaded = new PlanReader().read(ShippedPlans.ROOT.resolve("plan-sources").resolve(name));
        PluginSelection chosen = ShippedPlans.plugins().select(loaded.plan());
        RuleCatalogue catalogue = RuleCatalogue.of(Law.load(), ShippedPlans.plugins().ruleProvidersByOrigin());
        boolean draft = PlanDocumentBuilder.isDraft(new RuleRunner(catalogue, ShippedPlans.CLOCK)
                .run(loaded, chosen.plugin().orElse(null)).findings());
        ParentSummary summary = new ParentSummaryBuilder(chosen.theme(), chosen.glossary(), Optional.empty())
                .build(loaded, draft);
        String html = new HtmlPlanWriter(chosen.theme()).write(summary.document());
        byte[] pdf = new PdfEngine(chosen.theme()).render(html, summary.document().meta());
        return new Summary(loaded, chosen.theme(), html, pdf);
    }

    /** What the box must show: each contact line of plan.yaml, or the sentence that says there are none. */
    private static List<String> contactLines(LoadedPlan loaded) {
        Contact contact = loaded.plan().swv().contact();
        List<String> lines = new ArrayList<>();
        if (contact != null) {
            if (contact.adres() != null) {
                lines.add(SUMMARY.format("contact.address", contact.adres()));
            }
            if (contact.telefoon() != null) {
                lines.add(SUMMARY.format("contact.phone", contact.telefoon()));
            }
            if (contact.email() != null) {
                lines.add(SUMMARY.format("contact.email", contact.email()));
            }
            if (contact.website() != null) {
                lines.add(SUMMARY.format("contact.website", contact.website()));
            }
        }
        if (lines.isEmpty()) {
            lines.add(SUMMARY.format("contact.none"));
        } else {
            lines.add(0, SUMMARY.format("contact.swv"));
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theContactLinesStandWithTheirQuestionInOneFramedTintedBoxOnOnePage(String name) throws Exception {
        Summary summary = summary(name);
        String heading = SUMMARY.format("contact.heading");
        try (PDDocument pdf = Loader.loadPDF(summary.pdf())) {
            List<Line> lines = lines(pdf);
            int start = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (PdfText.squash(lines.get(i).text()).equals(PdfText.squash(heading))) {
                    start = i;
                }
            }
            assertTrue(start >= 0, name + ": the box's heading is in the PDF");
            Line question = lines.get(start);
            List<Line> inBox = new ArrayList<>(List.of(question));
            for (String expected : contactLines(summary.loaded())) {
                // The start of a contact line (a long address may wrap): label and value, as squashed text.
                String head = PdfText.squash(expected);
                head = head.substring(0, Math.min(head.length(), 16));
                Line found = null;
                for (int i = start + 1; i < lines.size() && found == null; i++) {
                    if (PdfText.squash(lines.get(i).text()).contains(head)) {
                        found = lines.get(i);
                    }
                }
                assertTrue(found != null, name + ": after the box's heading: " + expected);
                assertEquals(question.page(), found.page(), name + ": on the page of its heading: " + expected);
                inBox.add(found);
            }

            PDPage page = pdf.getPage(question.page() - 1);
            float height = page.getMediaBox().getHeight();
            Fills fills = new Fills(page);
            fills.processPage(page);
            Rectangle2D tint = fills.in(summary.theme().colours().accent()).stream()
                    .filter(area -> inBox.stream().allMatch(line -> area.contains(line.x(), height - line.baseline())))
                    .findFirst().orElse(null);
            assertTrue(tint != null, name + ": a rectangle in the accent colour #" + summary.theme().colours().accent()
                    + " holds the heading and every contact line; fills: " + fills.fills);
            Rectangle2D frame = fills.in(summary.theme().colours().primary()).stream()
                    .filter(edge -> edge.intersects(grown(tint, FRAME_SLACK)) && !grown(tint, -FRAME_SLACK).contains(edge))
                    .reduce(Rectangle2D::createUnion).orElse(null);
            assertTrue(frame != null && frame.contains(tint) && grown(tint, FRAME_SLACK).contains(frame),
                    name + ": a frame in the primary colour around the box: " + frame + " around " + tint);
            writePage(name, pdf, question.page() - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theSummaryWithItsBoxIsPdfUaAndPdfA(String name) throws Exception {
        byte[] pdf = summary(name).pdf();
        assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"), name);
        assertEquals(List.of(), VeraPdf.failures(pdf, "3a"), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theXhtmlHasOneAsideNamedByItsHeadingWithTheContactData(String name) throws Exception {
        Summary summary = summary(name);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document dom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(summary.html().getBytes(StandardCharsets.UTF_8)));
        NodeList asides = dom.getElementsByTagNameNS("*", "aside");
        assertEquals(1, asides.getLength(), name + ": one box");
        Element aside = (Element) asides.item(0);
        Element first = firstElement(aside);
        assertTrue(first != null && first.getLocalName().matches("h[1-6]"), name + ": the box opens with its heading");
        assertEquals(SUMMARY.format("contact.heading"), first.getTextContent().strip());
        assertEquals(first.getAttribute("id"), aside.getAttribute("aria-labelledby"), "a landmark named by its heading");
        String text = PdfText.normalise(aside.getTextContent()).replace("\u00AD", "");
        for (String expected : contactLines(summary.loaded())) {
            assertTrue(text.contains(PdfText.normalise(expected)), name + ": the box holds " + expected + "\n" + text);
        }
        assertFalse(dom.getElementsByTagNameNS("*", "blockquote").getLength() > 0, "no quote stands in for the box");
    }

    private static Element firstElement(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** One run of text as PDFBox reports it: 1-based page, left x and baseline from the top, in points. */
    private record Line(String text, int page, float x, float baseline) {
    }

    private static List<Line> lines(PDDocument pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && !text.isBlank()) {
                    TextPosition first = positions.get(0);
                    out.add(new Line(text.replace('\u00A0', ' ').strip(), getCurrentPageNo(), first.getXDirAdj(),
                            first.getYDirAdj()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return out;
    }

    /** The bounding boxes of the filled paths of a page, in page space, with their fill colour. */
    private static final class Fills extends PDFGraphicsStreamEngine {
        private record Fill(Rectangle2D area, float[] rgb) {
            @Override
            public String toString() {
                return String.format(java.util.Locale.ROOT, "#%02X%02X%02X%s", Math.round(rgb[0] * 255),
                        Math.round(rgb[1] * 255), Math.round(rgb[2] * 255), area.getBounds());
            }
        }

        private final List<Fill> fills = new ArrayList<>();
        private Rectangle2D path;
        private Point2D current;

        Fills(PDPage page) {
            super(page);
        }

        /** The filled areas whose colour is {@code hex} (RRGGBB). */
        List<Rectangle2D> in(String hex) {
            int rgb = Integer.parseInt(hex, 16);
            float[] wanted = {(rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f};
            return fills.stream().filter(f -> Math.abs(f.rgb()[0] - wanted[0]) < 0.01 && Math.abs(f.rgb()[1] - wanted[1]) < 0.01
                    && Math.abs(f.rgb()[2] - wanted[2]) < 0.01).map(Fill::area).toList();
        }

        private void add(Point2D p) {
            if (path == null) {
                path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
            } else {
                path.add(p);
            }
            current = p;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            add(p0);
            add(p1);
            add(p2);
            add(p3);
        }

        @Override
        public void moveTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            add(new Point2D.Float(x3, y3));
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (path != null) {
                fills.add(new Fill(path, getGraphicsState().getNonStrokingColor().getColorSpace()
                        .toRGB(getGraphicsState().getNonStrokingColor().getComponents())));
            }
            path = null;
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() {
            path = null;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    /** The page with the box, as PNG for a reviewer (target/publication-pages). */
    private static void writePage(String plan, PDDocument pdf, int page) throws IOException {
        Path dir = Path.of("target", "publication-pages");
        Files.createDirectories(dir);
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 60);
        ImageIO.write(image, "png", dir.resolve(plan + "-samenvatting-p" + (page + 1) + ".png").toFile());
    }
}
