package nl.opmaat.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF as PDFBox extracts it, with white space collapsed (table cells and headings wrap over lines). */
final class PdfText {

    private PdfText() {
    }

    static String of(PDDocument pdf) throws IOException {
        return normalise(new PDFTextStripper().getText(pdf));
    }

    /** One entry per page, 0-based. */
    static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normalise(stripper.getText(pdf)));
        }
        return pages;
    }

    /**
     * Without white space and hyphens: for "does this page show that heading". PDFBox drops the hyphen where a line ends
     * in one ("onderwijs-" + "voortgezet"), and a wrapped line has no space after "(basis)".
     */
    static String squash(String text) {
        return text.replaceAll("[\\s\\-\u00AD\u00A0]+", "");
    }

    static String normalise(String text) {
        // No-break spaces (in dates and amounts) read as spaces.
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
