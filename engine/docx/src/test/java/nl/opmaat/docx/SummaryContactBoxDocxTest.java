package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.model.Contact;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.summary.ParentSummaryBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Node;

/**
 * The parent summary's contact box in the DOCX: a one-cell table framed in the theme's primary colour and tinted with
 * its accent, whose row cannot split across pages, opening with the question as a real Heading 2 and holding every
 * contact line of plan.yaml.
 */
class SummaryContactBoxDocxTest {

    private static final Messages SUMMARY = Messages.forPackageOf(ParentSummaryBuilder.class);
    private static final String DOC = "/word/document.xml";
    /** The box: the body-level table whose cell opens with the question as a heading. */
    private static final String BOX = "/w:document/w:body/w:tbl[w:tr/w:tc/w:p[1][w:pPr/w:pStyle/@w:val='Heading2']"
            + "[normalize-space(.)='" + SUMMARY.format("contact.heading") + "']]";

    private static LoadedPlan plan(String name) throws Exception {
        return new PlanReader().read(PlanSourcesDocxTest.PLAN_SOURCES.resolve(name));
    }

    private static Document summary(LoadedPlan loaded, Theme theme) throws Exception {
        return new ParentSummaryBuilder(theme, List.of(), Optional.empty()).build(loaded).document();
    }

    /** The lead-in and each contact line of plan.yaml, as the summary words them. */
    private static List<String> contactLines(LoadedPlan loaded) {
        Contact contact = loaded.plan().swv().contact();
        List<String> lines = new ArrayList<>(List.of(SUMMARY.format("contact.swv")));
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
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"voorbeeld", "po-22-02-emmen", "vo-zuidoost-utrecht"})
    void theBoxIsAFramedTintedUnsplittableCellWithAHeadingAndTheContactLines(String name) throws Exception {
        LoadedPlan loaded = plan(name);
        Theme theme = TestTheme.distinctive();
        DocxInspector docx = new DocxInspector(new DocxPlanWriter().write(summary(loaded, theme), theme));
        assertEquals(List.of(), DocxStructure.problems(docx), name);
        List<Node> boxes = docx.nodes(DOC, BOX);
        assertEquals(1, boxes.size(), name + ": one box, opening with the question in Heading 2");
        Node box = boxes.get(0);
        assertEquals(1.0, docx.number(DOC, "count(" + BOX + "/w:tr)"), "one row");
        assertEquals(1.0, docx.number(DOC, "count(" + BOX + "/w:tr/w:tc)"), "one cell");
        assertEquals(1.0, docx.number(DOC, "count(" + BOX + "/w:tr/w:trPr/w:cantSplit)"), "the row never splits over pages");
        for (String side : List.of("top", "left", "bottom", "right")) {
            assertEquals(theme.colours().primary(), docx.string(DOC, BOX + "/w:tblPr/w:tblBorders/w:" + side + "/@w:color"),
                    "framed on the " + side);
        }
        assertEquals(theme.colours().accent(), docx.string(DOC, BOX + "/w:tr/w:tc/w:tcPr/w:shd/@w:fill"), "tinted");
        String text = docx.text(box).replace('\u00A0', ' ');
        for (String line : contactLines(loaded)) {
            assertTrue(text.contains(line), name + ": the box holds " + line + "\n" + text);
        }
        assertTrue(docx.string(DOC, BOX + "/w:tblPr/w:tblCaption/@w:val").equals(SUMMARY.format("contact.heading")),
                "the table's alternative text names the box");
    }
}
