package nl.opmaat.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.load.Slugs;
import nl.opmaat.core.readability.DocumentTextExtractor;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.JargonUse;
import nl.opmaat.core.readability.Sentence;
import nl.opmaat.core.readability.SentenceSplitter;
import nl.opmaat.core.readability.TextBlock;
import nl.opmaat.core.readability.TextSource;

/**
 * Assembles the blocks of the parent summary and makes sure every jargon term is explained where it first appears:
 * after a generated sentence that uses a new term, the term's glossary explanation follows as the next sentence; a
 * heading with a new term is followed by a paragraph with the explanation; before an authored block whose first use
 * of a term is not explained by the author, the explanation is put in front, so the explanation becomes the first use.
 * Remembers where each block came from, for the readability findings.
 */
final class SummaryComposer {

    /** Glossary explanations may themselves use other terms; they are explained too, but not endlessly. */
    private static final int MAX_DEPTH = 3;
    private final JargonDetector jargon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<Block> blocks = new ArrayList<>();
    /** Where blocks go: the document, or the content of the aside being composed. */
    private List<Block> target = blocks;
    private final IdentityHashMap<Object, SourcePosition> origins = new IdentityHashMap<>();
    private final Set<GlossaryTerm> introduced = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    SummaryComposer(JargonDetector jargon) {
        this.jargon = jargon;
    }

    List<Block> blocks() {
        return blocks;
    }

    IdentityHashMap<Object, SourcePosition> origins() {
        return origins;
    }

    void heading(int level, String text, SourcePosition from) {
        Block.Heading heading = new Block.Heading(level, List.of(new Inline.Text(text)), id(text), Block.Numbering.NONE);
        add(heading, from);
        List<String> explanations = new ArrayList<>();
        explainNew(text, explanations, 0);
        if (!explanations.isEmpty()) {
            add(new Block.Paragraph(List.of(new Inline.Text(String.join(" ", explanations)))), from);
        }
    }

    /**
     * A box with a heading and the blocks {@code content} adds (through this composer, so its terms are explained as
     * anywhere else): the contact box. The heading counts as a heading of the given level.
     */
    void aside(int level, String title, SourcePosition from, Runnable content) {
        List<Block> outer = target;
        List<Block> inner = new ArrayList<>();
        target = inner;
        try {
            heading(level, title, from);
            content.run();
        } finally {
            target = outer;
        }
        add(new Block.Aside((Block.Heading) inner.get(0), inner.subList(1, inner.size())), from);
    }

    /** A paragraph of generated sentences, each followed by the explanation of any term it is the first to use. */
    void paragraph(List<String> sentences, SourcePosition from) {
        if (!sentences.isEmpty()) {
            add(new Block.Paragraph(List.of(new Inline.Text(withExplanations(sentences)))), from);
        }
    }

    /** A bullet list of generated items; an item with a new term gets its explanation as a second sentence. */
    void list(List<String> items, SourcePosition from) {
        list(false, items, from);
    }

    /**
     * A numbered list of generated items: the summary's three support steps at a glance, a real list (so a screen
     * reader announces "1 of 3"), which the writers set as a visual 1-2-3.
     */
    void numberedList(List<String> items, SourcePosition from) {
        list(true, items, from);
    }

    private void list(boolean ordered, List<String> items, SourcePosition from) {
        if (items.isEmpty()) {
            return;
        }
        List<List<Block>> out = new ArrayList<>();
        for (String item : items) {
            Block.Paragraph paragraph = new Block.Paragraph(List.of(new Inline.Text(withExplanations(List.of(item)))));
            origins.put(paragraph, from);
            out.add(List.of(paragraph));
        }
        add(new Block.ListBlock(ordered, out), from);
    }

    /**
     * Blocks written by the SWV (an {@code ouders/*.md} file), with their origins. Terms the author uses without
     * explaining them are explained in a paragraph just before the block where they first appear.
     */
    void authored(List<Block> authored, IdentityHashMap<Object, SourcePosition> authoredOrigins, SourcePosition file) {
        origins.putAll(authoredOrigins);
        // All sentences of the file in order, so an explanation in the sentence after a heading counts.
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int b = 0; b < authored.size(); b++) {
            for (Sentence sentence : splitter.split(textOf(authored.get(b), authoredOrigins, file))) {
                sentences.add(sentence);
                owner.add(b);
            }
        }
        Map<Integer, List<String>> before = new HashMap<>();
        for (JargonUse use : jargon.firstUses(sentences)) {
            if (introduced.contains(use.term())) {
                continue;
            }
            if (!use.explained()) {
                addExplanation(use.term(), before.computeIfAbsent(owner.get(use.index()), k -> new ArrayList<>()), 0);
            }
            introduced.add(use.term());
        }
        for (int b = 0; b < authored.size(); b++) {
            List<String> explanations = before.get(b);
            if (explanations != null && !explanations.isEmpty()) {
                add(new Block.Paragraph(List.of(new Inline.Text(String.join(" ", explanations)))), file);
            }
            Block block = authored.get(b);
            if (block instanceof Block.Heading h && h.id() == null) {
                // Writers need an id on every heading (bookmarks); the reader cannot know which ids are taken.
                Block.Heading withId = new Block.Heading(h.level(), h.text(), id(plain(h.text())), h.numbering());
                origins.put(withId, authoredOrigins.get(block));
                block = withId;
            }
            target.add(block);
        }
    }

    private String withExplanations(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            out.add(sentence);
            int before = out.size();
            explainNew(sentence, out, 0);
            if (out.size() > before && !endsSentence(sentence)) {
                // "Orthopedagoog" as a list item: close it, or the explanation would run on in the same sentence.
                out.set(before - 1, sentence + ".");
            }
        }
        return String.join(" ", out);
    }

    /** Adds, after {@code sentence}, the explanation of each term it introduces without explaining it itself. */
    private void explainNew(String sentence, List<String> out, int depth) {
        TextSource one = new TextSource("zin", SourcePosition.ofFile("zin"),
                List.of(TextBlock.fixed(TextBlock.Kind.PARAGRAPH, sentence, SourcePosition.ofFile("zin"))));
        for (JargonUse use : jargon.firstUses(splitter.split(one))) {
            if (introduced.contains(use.term())) {
                continue;
            }
            introduced.add(use.term());
            if (!use.explained()) {
                addExplanation(use.term(), out, depth);
            }
        }
    }

    private void addExplanation(GlossaryTerm term, List<String> out, int depth) {
        introduced.add(term);
        if (term.explanation().isBlank()) {
            return;
        }
        out.add(term.explanation());
        if (depth < MAX_DEPTH) {
            explainNew(term.explanation(), out, depth + 1);
        }
    }

    private TextSource textOf(Block block, IdentityHashMap<Object, SourcePosition> authoredOrigins, SourcePosition file) {
        return new DocumentTextExtractor(authoredOrigins, file).extract(List.of(block), file.file());
    }

    private static boolean endsSentence(String sentence) {
        String s = sentence.strip();
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") || s.endsWith(":");
    }

    /** The words of a heading, for its id: unlike {@code Inlines.plainText}, a line break joins the words. */
    private static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            out.append(inline.accept(HeadingWords.INSTANCE));
        }
        return out.toString();
    }

    /** One method per kind of inline, so a new kind must say whether it counts for a heading's id. */
    private enum HeadingWords implements Inline.Visitor<String> {
        INSTANCE;

        @Override
        public String visit(Inline.Text text) {
            return text.text();
        }

        @Override
        public String visit(Inline.Emphasis emphasis) {
            return plain(emphasis.content());
        }

        @Override
        public String visit(Inline.Strong strong) {
            return plain(strong.content());
        }

        @Override
        public String visit(Inline.Link link) {
            return plain(link.content());
        }

        @Override
        public String visit(Inline.Code code) {
            return code.text();
        }

        @Override
        public String visit(Inline.FootnoteRef footnoteRef) {
            return "";
        }

        @Override
        public String visit(Inline.LineBreak lineBreak) {
            return "";
        }

        /** An authored summary is never a redline. */
        @Override
        public String visit(Inline.Inserted inserted) {
            return "";
        }

        /** As {@link #visit(Inline.Inserted)}. */
        @Override
        public String visit(Inline.Deleted deleted) {
            return "";
        }
    }

    private void add(Block block, SourcePosition from) {
        target.add(block);
        origins.put(block, from);
    }

    /** A unique heading id that starts with a letter and fits a Word bookmark (40 characters). */
    private String id(String title) {
        String base = "s-" + Slugs.of(title);
        base = base.length() > 36 ? base.substring(0, 36).replaceAll("-+$", "") : base;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
