package nl.opmaat.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Block.Heading;
import nl.opmaat.core.document.Block.Numbering;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.document.Footnote;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.Inline.Text;

/** Small synthetic document trees, one feature each where possible; text invented for the tests. */
final class SampleDocuments {

    static final Instant DATE = Instant.parse("2026-04-17T00:00:00Z");
    static final String SWV = "Samenwerkingsverband Proefregio";

    private SampleDocuments() {
    }

    static DocumentMeta meta(boolean draft) {
        return new DocumentMeta("Ondersteuningsplan 2026–2030", SWV, SWV, "nl-NL",
                draft ? "Concept" : "Vastgesteld op 17 april 2026", draft, DATE,
                Map.of("periode", "2026–2030", "vaststellingsdatum", "2026-04-17", "opmaat-versie", "0.1.0-test"));
    }

    static List<Inline> text(String s) {
        return List.of(new Text(s));
    }

    static Block.Paragraph para(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines));
    }

    /** A document with every block and inline kind. */
    static Document full() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents());
        blocks.add(new Block.PageBreak());
        blocks.add(new Heading(1, text("Inleiding"), "inleiding", Numbering.NUMBERED));
        blocks.add(para(new Text("Dit plan beschrijft de "), new Inline.Strong(text("basisondersteuning")),
                new Text(" en het "), new Inline.Emphasis(text("dekkend netwerk")), new Text("."),
                new Inline.FootnoteRef(1)));
        blocks.add(para(new Text("Zie "), new Inline.Link("#de-aanvraag", text("de aanvraag")), new Text(" en "),
                new Inline.Link("https://www.example.org/passend-onderwijs?a=1&b=2", text("de website")),
                new Text(". Code: "), new Inline.Code("tlv-2026"), new Inline.LineBreak(), new Text("Tweede regel.")));
        blocks.add(new Heading(2, text("Basisondersteuning"), "basisondersteuning", Numbering.NUMBERED));
        blocks.add(new Block.ListBlock(false, List.of(
                List.of(para(new Text("Een intern begeleider op elke school."))),
                List.of(para(new Text("Een ondersteuningsteam.")), new Block.ListBlock(true, List.of(
                        List.of(para(new Text("Eerste stap."))),
                        List.of(para(new Text("Tweede stap.")))))))));
        blocks.add(new Block.ListBlock(true, List.of(
                List.of(para(new Text("Aanmelden."))),
                List.of(para(new Text("Bespreken.")), para(new Text("Met ouders erbij."))))));
        blocks.add(new Heading(3, text("Arrangementen"), "arrangementen", Numbering.NUMBERED));
        blocks.add(new Block.Quote(List.of(para(new Text("Passend onderwijs voor elk kind.")))));
        blocks.add(new Heading(1, text("Toelaatbaarheid"), "toelaatbaarheid", Numbering.NUMBERED));
        blocks.add(new Heading(2, text("De aanvraag"), "de-aanvraag", Numbering.NUMBERED));
        blocks.add(new Block.Table("Meerjarenbegroting (bedragen in euro)",
                List.of(List.of(text("Post"), text("2027"), text("2028"))),
                budgetRows(40),
                List.of("left", "right", "right")));
        blocks.add(new Block.Figure(png(), "image/png", "Kaart van de regio met twaalf gemeenten", "Figuur 1. De regio"));
        blocks.add(new Block.Figure(svg(), "image/svg+xml", "Schema van de route naar een TLV", ""));
        blocks.add(new Block.PageBreak());
        blocks.add(new Heading(1, text("Begrippenlijst"), "begrippenlijst", Numbering.APPENDIX));
        blocks.add(new Heading(2, text("Afkortingen"), "afkortingen", Numbering.APPENDIX));
        blocks.add(new Block.Table("", List.of(), List.of(List.of(text("TLV"), text("Toelaatbaarheidsverklaring"))),
                List.of("left", "left")));
        blocks.add(new Heading(1, text("Verantwoording"), "verantwoording", Numbering.NONE));
        blocks.add(para(new Text("Slot."), new Inline.FootnoteRef(2)));
        List<Footnote> footnotes = List.of(
                new Footnote(1, List.of(para(new Text("Wet op het primair onderwijs, art. 18a.")))),
                new Footnote(2, List.of(para(new Text("Zie "), new Inline.Link("https://www.example.org/wet", text("de wet")),
                        new Text(".")))));
        return new Document(meta(false), blocks, footnotes);
    }

    static List<List<List<Inline>>> budgetRows(int n) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(text("Post " + i), text(String.format("%,d", i * 1000)), text(String.format("%,d", i * 1100))));
        }
        return rows;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 160);
        g.setColor(Color.BLUE);
        g.fillOval(40, 20, 240, 120);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] svg() {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">"
                + "<rect x=\"10\" y=\"10\" width=\"180\" height=\"80\" fill=\"#1F3A5F\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }
}
