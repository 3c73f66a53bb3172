package nl.opmaat.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.relationships.Namespaces;

/**
 * Writes an image as an inline picture with its alt text in {@code wp:docPr descr} (what Word shows as "Alternatieve
 * tekst"), then its caption. SVG is embedded as Office 2016's {@code asvg:svgBlip}, with the required PNG beside it
 * rendered by Batik: Word 2016+ shows the SVG, LibreOffice and older Word the PNG. An SVG Batik cannot render gets a
 * transparent pixel as its PNG.
 */
final class FigureWriter {

    private static final String SVG = "image/svg+xml";
    private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private final BlockWriter blocks;

    FigureWriter(BlockWriter blocks) {
        this.blocks = blocks;
    }

    void write(Block.Figure figure) {
        blocks.openParagraph("Figure", null);
        picture(figure.data(), figure.mediaType(), figure.alt(), PageLayout.TEXT_WIDTH * PageLayout.EMU_PER_TWIP);
        blocks.w.end();
        if (figure.caption() != null && !figure.caption().isBlank()) {
            blocks.paragraph("Caption", List.of(new Inline.Text(figure.caption())), null);
        }
    }

    /** One run holding the picture, sized to at most {@code maxWidthEmu}. */
    void picture(byte[] data, String mediaType, String alt, long maxWidthEmu) {
        Part part = blocks.part;
        int id = blocks.ctx.nextDrawingId();
        String embed;
        String svgEmbed = null;
        try {
            if (SVG.equals(mediaType)) {
                svgEmbed = addSvg(part, data, id);
                byte[] png = SvgRasteriser.toPng(data, ImageSize.of(data, mediaType)).orElseGet(FigureWriter::transparentPixel);
                embed = addRaster(part, png, "image/png");
            } else {
                embed = addRaster(part, data, mediaType);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not embed an image (" + mediaType + ") in the DOCX", e);
        }
        long[] size = ImageSize.of(data, mediaType).emu(maxWidthEmu);
        String name = "Afbeelding " + id;
        String description = alt == null ? "" : alt;
        WmlWriter w = blocks.w;
        w.start("r").start("drawing");
        w.startNs(WmlWriter.WP, "inline", "distT", "0", "distB", "0", "distL", "0", "distR", "0");
        w.emptyNs(WmlWriter.WP, "extent", "cx", Long.toString(size[0]), "cy", Long.toString(size[1]));
        w.emptyNs(WmlWriter.WP, "effectExtent", "l", "0", "t", "0", "r", "0", "b", "0");
        w.emptyNs(WmlWriter.WP, "docPr", "id", Integer.toString(id), "name", name, "descr", description);
        w.startNs(WmlWriter.WP, "cNvGraphicFramePr").emptyNs(WmlWriter.A, "graphicFrameLocks", "noChangeAspect", "1").end();
        w.startNs(WmlWriter.A, "graphic").startNs(WmlWriter.A, "graphicData", "uri", WmlWriter.PIC);
        w.startNs(WmlWriter.PIC, "pic");
        w.startNs(WmlWriter.PIC, "nvPicPr")
                .emptyNs(WmlWriter.PIC, "cNvPr", "id", "0", "name", name, "descr", description)
                .emptyNs(WmlWriter.PIC, "cNvPicPr").end();
        w.startNs(WmlWriter.PIC, "blipFill");
        w.startNs(WmlWriter.A, "blip", "r:embed", embed);
        if (svgEmbed != null) {
            w.startNs(WmlWriter.A, "extLst").startNs(WmlWriter.A, "ext", "uri", SVG_EXTENSION)
                    .emptyNs(WmlWriter.ASVG, "svgBlip", "r:embed", svgEmbed).end().end();
        }
        w.end();
        w.startNs(WmlWriter.A, "stretch").emptyNs(WmlWriter.A, "fillRect").end();
        w.end();
        w.startNs(WmlWriter.PIC, "spPr");
        w.startNs(WmlWriter.A, "xfrm").emptyNs(WmlWriter.A, "off", "x", "0", "y", "0")
                .emptyNs(WmlWriter.A, "ext", "cx", Long.toString(size[0]), "cy", Long.toString(size[1])).end();
        w.startNs(WmlWriter.A, "prstGeom", "prst", "rect").emptyNs(WmlWriter.A, "avLst").end();
        w.end();
        w.end().end().end(); // pic, graphicData, graphic
        w.end().end().end(); // inline, drawing, r
    }

    private static String addRaster(Part part, byte[] data, String mediaType) throws Exception {
        BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(part.getPackage(), part, data, mediaType);
        return part.getRelationshipsPart().getRel(image.getPartName()).getId();
    }

    /** The SVG part, named after the drawing id, which is unique across the document, header and footnotes. */
    private static String addSvg(Part part, byte[] data, int drawingId) throws InvalidFormatException {
        String relId = part.getRelationshipsPart().getNextId();
        BinaryPart svg = new BinaryPart(new PartName("/word/media/drawing" + drawingId + ".svg"));
        svg.setContentType(new ContentType(SVG));
        svg.setRelationshipType(Namespaces.IMAGE);
        svg.setBinaryData(data);
        return part.addTargetPart(svg, relId).getId();
    }

    private static byte[] transparentPixel() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
