package nl.opmaat.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Chapter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * "Zie bijlage 2" leads the reader to the annex headed "Bijlage 2": annexes are numbered in the order of plan.yaml, the
 * way the plan's text refers to them, in the headings, the contents and the bookmarks of the PDF and the HTML.
 */
class AnnexReferencesTest {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\bbijlage (\\d+)\\b");

    @Test
    void everyAnnexNumberInTheVoorbeeldsTextIsTheAnnexWithThatNumber() throws IOException {
        ShippedPlans.Rendered rendered = ShippedPlans.get("voorbeeld");
        List<Bijlage> annexes = rendered.loaded().plan().bijlagen();
        List<Integer> referenced = new ArrayList<>();
        for (Chapter chapter : rendered.loaded().plan().chapters()) {
            Matcher m = REFERENCE.matcher(chapter.markdown());
            while (m.find()) {
                referenced.add(Integer.parseInt(m.group(1)));
            }
        }
        assertTrue(referenced.size() >= 2, "the voorbeeld refers to its annexes by number: " + referenced);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            String text = PdfText.squash(PdfText.of(pdf));
            for (int n : referenced) {
                String heading = "Bijlage " + n + " " + annexes.get(n - 1).titel();
                assertTrue(bookmarks.contains(heading), heading + " in " + bookmarks);
                assertTrue(rendered.html().contains("<span class=\"num\">Bijlage " + n + "</span> "
                        + annexes.get(n - 1).titel()), heading + " as a heading in the HTML");
                assertTrue(text.contains(PdfText.squash(heading)), heading + " in the PDF text");
            }
        }
        assertEquals(List.of(), bookmarksWithLetters(rendered.html()), "annexes are never lettered");
    }

    private static List<String> bookmarksWithLetters(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<bookmark name=\"(Bijlage [A-Z]\\b[^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
