package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.theme.DefaultTheme;
import nl.opmaat.diff.PlanVersion;
import nl.opmaat.diff.Redline;
import nl.opmaat.diff.RedlineBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The redline of two versions of the voorbeeld plan as a DOCX with tracked changes: accepting every change (on the
 * XML, as Word would) leaves exactly the newer version's text, rejecting every change exactly the older one's; every
 * change is by "opmaat" on the newer version's date; LibreOffice opens it; two writes give the same bytes.
 */
class RedlineDocxTest {

    private static final Path VOORBEELD = Path.of("../../plan-sources/voorbeeld").toAbsolutePath().normalize();
    private static final String W = WmlWriter.W;

    @TempDir
    static Path temp;
    private static Document older;
    private static Document newer;
    private static Redline redline;
    private static byte[] docx;

    @BeforeAll
    static void write() throws Exception {
        Path oldPlan = copy(VOORBEELD, temp.resolve("oud"));
        Path newPlan = copy(VOORBEELD, temp.resolve("nieuw"));
        edit(newPlan.resolve("plan.yaml"), "opr-instemming: 2026-03-09", "opr-instemming: 2026-03-11");
        edit(newPlan.resolve("plan.yaml"), "post: Ouder- en jeugdsteunpunt, bedrag: 90000", "post: Ouder- en jeugdsteunpunt, bedrag: 95000");
        Path inleiding = newPlan.resolve("hoofdstukken/01-inleiding.md");
        edit(inleiding, "Dit is het ondersteuningsplan", "Dit is het vernieuwde ondersteuningsplan");
        edit(inleiding, "## Over dit plan", "## Over dit plan\n\nEen geheel nieuwe alinea vooraf.");
        Path missie = newPlan.resolve("hoofdstukken/02-missie-resultaten-en-doelen.md");
        edit(missie, "- **Samen met ouders.** Ouders kennen hun kind het best; zij praten mee over elke stap.\n", "");
        edit(missie, "## Wat we bereikten in 2022-2026", "## Wat we bereikten van 2022 tot 2026");
        edit(missie, "| 91 procent binnen zes weken |", "| 92 procent binnen zes weken |");
        edit(missie, "Drie uitgangspunten sturen ons werk:\n", "");

        LoadedPlan a = new PlanReader().read(oldPlan);
        LoadedPlan b = new PlanReader().read(newPlan);
        PlanDocumentBuilder documents = new PlanDocumentBuilder(new DefaultTheme(), "test", Optional.empty());
        older = documents.build(a, List.of(), List.of());
        newer = documents.build(b, List.of(), List.of());
        redline = new RedlineBuilder(new DefaultTheme(), "test", Optional.empty())
                .build(new PlanVersion("oud", a, List.of()), new PlanVersion("nieuw", b, List.of()));
        docx = new DocxPlanWriter().write(redline.document(), new DefaultTheme());
    }

    @Test
    void acceptingEveryChangeGivesTheNewTextAndRejectingEveryChangeTheOld() throws Exception {
        List<String> accepted = paragraphs(documentXml(), true);
        List<String> rejected = paragraphs(documentXml(), false);
        assertEndsWith(expected(newer), accepted);
        assertEndsWith(expected(older), rejected);
    }

    @Test
    void marksChangesByOpmaatOnTheNewerVersionsDate() throws Exception {
        org.w3c.dom.Document xml = documentXml();
        NodeList ins = xml.getElementsByTagNameNS(W, "ins");
        NodeList del = xml.getElementsByTagNameNS(W, "del");
        assertTrue(ins.getLength() >= 5 && del.getLength() >= 4, ins.getLength() + " / " + del.getLength());
        for (NodeList list : List.of(ins, del)) {
            for (int i = 0; i < list.getLength(); i++) {
                Element change = (Element) list.item(i);
                assertEquals("opmaat", change.getAttributeNS(W, "author"));
                assertEquals("2026-03-25T00:00:00Z", change.getAttributeNS(W, "date"));
            }
        }
        // Word shows deleted words only as w:delText; a w:t inside a deletion would be lost text.
        for (int i = 0; i < del.getLength(); i++) {
            assertEquals(0, ((Element) del.item(i)).getElementsByTagNameNS(W, "t").getLength());
        }
        // A paragraph that is new as a whole has its paragraph mark tracked too, so rejecting it leaves no empty line.
        assertTrue(xml.getElementsByTagNameNS(W, "pPr").getLength() > 0);
        boolean markTracked = false;
        for (int i = 0; i < ins.getLength(); i++) {
            markTracked |= "rPr".equals(ins.item(i).getParentNode().getLocalName());
        }
        assertTrue(markTracked);
    }

    @Test
    void writesTheSameBytesTwice() {
        assertArrayEquals(docx, new DocxPlanWriter().write(redline.document(), new DefaultTheme()));
    }

    @Test
    @Tag("libreoffice")
    void libreOfficeOpensItAndShowsTheNewWords() throws Exception {
        Path file = temp.resolve("lo").resolve("wijzigingen.docx");
        Files.createDirectories(file.getParent());
        Files.write(file, docx);
        Path text = LibreOffice.convert(file, "txt:Text (encoded):UTF8");
        String content = Files.readString(text, StandardCharsets.UTF_8);
        assertTrue(content.contains("Een geheel nieuwe alinea vooraf."), content);
        assertTrue(content.contains("Wat is er veranderd"), content);
        assertTrue(Files.size(LibreOffice.convert(file, "pdf")) > 1000);
    }

    /** The text paragraphs a DOCX of {@code document} holds, in order: what accepting or rejecting must give. */
    private static List<String> expected(Document document) {
        List<String> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            out.addAll(block.accept(TEXT_PARAGRAPHS));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** The text paragraphs of one block; the table of contents and page breaks hold none of the plan's words. */
    private static final Block.Visitor<List<String>> TEXT_PARAGRAPHS = new Block.Visitor<>() {
        @Override
        public List<String> visit(Block.Heading h) {
            return List.of(Inlines.plainText(h.text()));
        }

        @Override
        public List<String> visit(Block.Paragraph p) {
            return List.of(Inlines.plainText(p.content()));
        }

        @Override
        public List<String> visit(Block.ListBlock l) {
            return l.items().stream().flatMap(item -> item.stream().flatMap(b -> b.accept(this).stream())).toList();
        }

        @Override
        public List<String> visit(Block.Quote q) {
            return q.content().stream().flatMap(b -> b.accept(this).stream()).toList();
        }

        @Override
        public List<String> visit(Block.Aside a) {
            return Stream.concat(Stream.of(a.heading()), a.content().stream()).flatMap(b -> b.accept(this).stream()).toList();
        }

        @Override
        public List<String> visit(Block.Table t) {
            List<String> out = new ArrayList<>();
            out.add(t.caption());
            Stream.concat(t.header().stream(), t.rows().stream()).forEach(row -> row.forEach(c -> out.add(Inlines.plainText(c))));
            return out;
        }

        @Override
        public List<String> visit(Block.Figure f) {
            return List.of(f.caption() == null ? "" : f.caption());
        }

        @Override
        public List<String> visit(Block.TableOfContents toc) {
            return List.of();
        }

        @Override
        public List<String> visit(Block.PageBreak pageBreak) {
            return List.of();
        }
    };

    private static void assertEndsWith(List<String> expected, List<String> actual) {
        assertTrue(actual.size() >= expected.size(), "too few paragraphs");
        List<String> tail = actual.subList(actual.size() - expected.size(), actual.size());
        // The writer sets dates and amounts with no-break spaces and quotes typographically (core Typography):
        // that is typesetting, not a change, so both sides are compared as plain text.
        assertEquals(plain(String.join("\n", expected)), plain(String.join("\n", tail)));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"');
    }

    /**
     * Every non-empty paragraph's text after accepting ({@code accept}) or rejecting every tracked change: accepting
     * drops deleted runs and paragraphs whose mark was deleted, rejecting drops inserted ones and reads deleted text.
     */
    private static List<String> paragraphs(org.w3c.dom.Document xml, boolean accept) {
        String dropped = accept ? "del" : "ins";
        List<String> out = new ArrayList<>();
        NodeList paragraphs = xml.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element p = (Element) paragraphs.item(i);
            if (markTracked(p, dropped)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            collect(p, dropped, text);
            String squashed = text.toString().replaceAll("\\s+", " ").strip();
            if (!squashed.isEmpty()) {
                out.add(squashed);
            }
        }
        return out;
    }

    private static boolean markTracked(Element p, String kind) {
        for (Node child = p.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("pPr".equals(child.getLocalName())) {
                for (Node c = child.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if ("rPr".equals(c.getLocalName()) && c instanceof Element rPr
                            && rPr.getElementsByTagNameNS(W, kind).getLength() > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void collect(Node node, String dropped, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            String name = child.getLocalName();
            if (dropped.equals(name) || "pPr".equals(name) || "p".equals(name)) {
                continue;
            }
            if ("t".equals(name) || "delText".equals(name)) {
                out.append(child.getTextContent());
            } else if ("tab".equals(name)) {
                out.append('\t');
            } else if ("br".equals(name)) {
                out.append(' ');
            } else {
                collect(child, dropped, out);
            }
        }
    }

    private static org.w3c.dom.Document documentXml() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
                    factory.setNamespaceAware(true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
