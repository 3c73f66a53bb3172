package nl.opmaat.pdf;

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
import nl.opmaat.core.document.Block.Numbering;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.document.Footnote;
import nl.opmaat.core.document.Inline;

/** Small hand-built document trees, one feature each, for the writer and engine tests. */
final class SyntheticDocuments {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
            + "<rect width=\"40\" height=\"20\" fill=\"#1F3A5F\"/></svg>";

    private SyntheticDocuments() {
    }

    static DocumentMeta meta(boolean draft) {
        return new DocumentMeta("Ondersteuningsplan 2026–2030", "SWV Proefregio", "SWV Proefregio", "nl-NL",
                "Vastgesteld op 17 april 2026", draft, Instant.parse("2026-04-17T00:00:00Z"),
                Map.of("periode", "2026-08-01 – 2030-07-31", "opmaat-versie", "test"));
    }

    static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }

    static Block.Heading heading(int level, String title, String id, Numbering numbering) {
        return new Block.Heading(level, text(title), id, numbering);
    }

    /** Two chapters (one skipping a heading level), a table, a list, a footnote, two figures and an appendix. */
    static Document everything(boolean draft) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents());
        blocks.add(heading(1, "Inleiding", "inleiding", Numbering.NUMBERED));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("Scholen & ouders <samen>. Zie "),
                new Inline.Link("#afspraken", text("de afspraken")), new Inline.Text("."), new Inline.FootnoteRef(1))));
        blocks.add(heading(2, "Aanleiding", "aanleiding", Numbering.NUMBERED));
        blocks.add(new Block.ListBlock(false, List.of(List.of(new Block.Paragraph(text("een"))),
                List.of(new Block.Paragraph(text("twee"))))));
        blocks.add(heading(1, "Afspraken", "afspraken", Numbering.NUMBERED));
        blocks.add(heading(3, "Diep genest", "diep-genest", Numbering.NUMBERED));
        blocks.add(new Block.Table("Leerlingen per school", List.of(List.of(text("School"),
                        List.of(new Inline.Text("Leerlingen"), new Inline.FootnoteRef(2)))),
                List.of(List.of(text("De Brug"), text("180")), List.of(text("Het Anker"), text("95"))),
                List.of("left", "right")));
        blocks.add(new Block.Figure(png(), "image/png", "Kaart van de regio met vier gemeenten", "De regio"));
        blocks.add(new Block.Figure(SVG.getBytes(StandardCharsets.UTF_8), "image/svg+xml", "Blauw vlak", ""));
        blocks.add(heading(1, "Afkortingen", "afkortingen", Numbering.APPENDIX));
        blocks.add(heading(2, "Lijst", "lijst", Numbering.APPENDIX));
        blocks.add(new Block.Paragraph(text("OPR: ondersteuningsplanraad.")));
        List<Footnote> notes = List.of(new Footnote(1, List.of(new Block.Paragraph(text("Een voetnoot.")))),
                new Footnote(2, List.of(new Block.Paragraph(text("Geteld op 1 oktober.")))));
        return new Document(meta(draft), blocks, notes);
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, x < 30 ? 0x1F3A5F : 0xD9E2EC);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
