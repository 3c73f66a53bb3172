package nl.opmaat.core.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.ChapterReader;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanFileGate;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.load.Slugs;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Builds the document tree of a whole plan, once, for every writer (PDF, HTML, DOCX): the table of contents, the
 * chapters, the generated chapters on the procedure and the budget, the Markdown annexes, the glossary and, for a
 * draft, the findings appendix. The cover comes from {@link DocumentMeta}.
 *
 * <p>Same input, same tree: the document date is the adoption date (00:00 UTC), else {@code SOURCE_DATE_EPOCH}, else
 * 2000-01-01, never "now".
 */
public final class PlanDocumentBuilder {

    /** The date of a plan that is not adopted when no {@code SOURCE_DATE_EPOCH} is set. */
    public static final Instant FALLBACK_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");
    static final String LANGUAGE = "nl-NL";
    /** Same limit as for chapters: annexes are prose. */
    static final long MAX_ANNEX_BYTES = 5L << 20;
    private static final Messages MESSAGES = Messages.forPackageOf(PlanDocumentBuilder.class);

    private final Theme theme;
    private final String opmaatVersion;
    private final Optional<Instant> sourceDateEpoch;

    /**
     * @param theme           gives the fixed words of the document (Inhoudsopgave, Bijlage, …)
     * @param opmaatVersion   written into the document properties
     * @param sourceDateEpoch the document date for a plan without an adoption date; see {@link #sourceDateEpoch(String)}
     */
    public PlanDocumentBuilder(Theme theme, String opmaatVersion, Optional<Instant> sourceDateEpoch) {
        this.theme = theme;
        this.opmaatVersion = opmaatVersion;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC); empty when unset or not a number. */
    public static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || !value.strip().matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    }

    /** True when an unwaived {@code fout} finding makes the plan a draft (concept watermark, findings appendix). */
    public static boolean isDraft(List<Finding> findings) {
        return FindingsAppendix.isDraft(findings);
    }

    /**
     * @param findings the check's findings on this plan (waived ones included; they are left out)
     * @param glossary the plugin's terms; empty leaves out the glossary
     * @throws PlanInputException when an image or annex cannot be used (remote, outside the plan, missing, no alt
     *                            text), with every such problem named
     */
    public Document build(LoadedPlan loaded, List<Finding> findings, List<GlossaryTerm> glossary)
            throws PlanInputException {
        Plan plan = loaded.plan();
        List<PlanProblem> problems = new ArrayList<>();
        List<MarkdownConverter.Source> chapters = new ArrayList<>();
        for (Chapter chapter : plan.chapters()) {
            chapters.add(new MarkdownConverter.Source(chapter.file(), ChapterReader.tree(chapter.markdown()),
                    Block.Numbering.NUMBERED));
        }
        Map<Bijlage, MarkdownConverter.Source> annexes = new LinkedHashMap<>();
        for (Bijlage bijlage : plan.bijlagen()) {
            if (bijlage.present() && isMarkdown(bijlage.bestand())) {
                // The loader already read the readable ones; reading again here only names why one could not be read.
                Optional<String> text = plan.annexChapters().stream().filter(c -> c.file().equals(bijlage.bestand()))
                        .findFirst().map(Chapter::markdown)
                        .or(() -> readAnnex(new PlanFileGate(loaded.directory()), bijlage, problems));
                text.ifPresent(markdown -> annexes.put(bijlage,
                        new MarkdownConverter.Source(bijlage.bestand(), ChapterReader.tree(markdown), Block.Numbering.APPENDIX)));
            }
        }

        // Pass 1: every heading gets its id and every footnote definition is known before any link is resolved.
        HeadingIds ids = new HeadingIds();
        LinkTargets links = new LinkTargets();
        IdentityHashMap<Node, String> headingIds = new IdentityHashMap<>();
        Map<String, Map<String, FootnoteDefinition>> definitions = new HashMap<>();
        for (MarkdownConverter.Source source : chapters) {
            register(source, source.document(), ids, links, headingIds, definitions);
        }
        Map<Bijlage, String> annexIds = new HashMap<>();
        for (Map.Entry<Bijlage, MarkdownConverter.Source> annex : annexes.entrySet()) {
            MarkdownConverter.Source source = annex.getValue();
            String id = ids.next(annex.getKey().titel());
            annexIds.put(annex.getKey(), id);
            links.register(source.file(), Slugs.of(annex.getKey().titel()), id);
            Heading title = titleHeading(source.document());
            if (title != null) {
                links.register(source.file(), Slugs.of(plainText(title)), id);
            }
            register(source, source.document(), ids, links, headingIds, definitions);
        }

        // Pass 2: the blocks, in reading order.
        Footnotes footnotes = new Footnotes();
        MarkdownConverter converter = new MarkdownConverter(headingIds, definitions, links, footnotes,
                new ImageLoader(new PlanFileGate(loaded.directory())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents());
        for (MarkdownConverter.Source source : chapters) {
            blocks.addAll(converter.blocks(source, source.document(), null));
        }
        place(ProcedureSection.blocks(plan, theme, ids), plan.vaststelling().paragrafen(), links, blocks);
        placeBudget(BudgetSection.blocks(plan.financien(), theme, ids), plan, links, blocks);
        for (Bijlage bijlage : plan.bijlagen()) {
            MarkdownConverter.Source source = annexes.get(bijlage);
            if (source != null) {
                blocks.add(new Block.Heading(1, Cells.text(bijlage.titel()), annexIds.get(bijlage), Block.Numbering.APPENDIX));
                blocks.addAll(converter.blocks(source, source.document(), titleHeading(source.document())));
            } else if (bijlage.present()) {
                String title = bijlage.titel();
                blocks.add(new Block.Heading(1, Cells.text(title), ids.next(title), Block.Numbering.APPENDIX));
                blocks.add(new Block.Paragraph(Cells.text(MESSAGES.format("annex.separate", bijlage.bestand()))));
            }
        }
        blocks.addAll(GlossaryAppendix.blocks(glossary, theme, ids));
        blocks.addAll(FindingsAppendix.blocks(findings, theme, ids));

        problems.addAll(converter.problems());
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        return new Document(meta(plan, findings), blocks, footnotes.all());
    }

    /** The generated budget goes where the plan describes its budget ({@code financien.paragraaf}): see {@link #place}. */
    private static void placeBudget(List<Block> budget, Plan plan, LinkTargets links, List<Block> blocks) {
        if (!budget.isEmpty()) {
            place(budget, plan.financien().paragrafen(), links, blocks);
        }
    }

    /**
     * A generated chapter (heading first) goes into the plan's own section on its subject ({@code refs}: the budget's
     * {@code financien.paragraaf}, the adoption steps' {@code vaststelling.paragraaf}), never twice: appended to that
     * section when it has no table of its own, left out when the author already set it out as a table there, and a
     * chapter of its own only when the plan names no section.
     */
    private static void place(List<Block> generated, List<SectionRef> refs, LinkTargets links, List<Block> blocks) {
        int heading = -1;
        for (SectionRef ref : refs) {
            // References in plan.yaml are relative to the plan directory, where plan.yaml itself is.
            Optional<String> target = links.resolve(ref.toString(), "plan.yaml");
            if (target.isPresent() && !ref.anchor().isEmpty()) {
                heading = indexOfHeading(blocks, target.get().substring(1));
                if (heading >= 0) {
                    break;
                }
            }
        }
        if (heading < 0) {
            blocks.addAll(generated);
            return;
        }
        int level = ((Block.Heading) blocks.get(heading)).level();
        int end = heading + 1;
        boolean ownTable = false;
        while (end < blocks.size() && !(blocks.get(end) instanceof Block.Heading h && h.level() <= level)) {
            ownTable |= blocks.get(end) instanceof Block.Table;
            end++;
        }
        if (!ownTable) {
            // The section's own heading stands for the generated one.
            blocks.addAll(end, generated.subList(1, generated.size()));
        }
    }

    private static int indexOfHeading(List<Block> blocks, String id) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    DocumentMeta meta(Plan plan, List<Finding> findings) {
        Periode periode = plan.periode();
        String title;
        if (periode != null && periode.van() != null && periode.tot() != null) {
            title = MESSAGES.format("title.period", DutchFormat.year(periode.van().getYear()),
                    DutchFormat.year(periode.tot().getYear()));
        } else if (periode != null && periode.van() != null) {
            title = MESSAGES.format("title.from", DutchFormat.year(periode.van().getYear()));
        } else {
            title = MESSAGES.format("title.none");
        }
        var adopted = plan.vaststelling().bestuur();
        boolean draft = isDraft(findings);
        String status = CoverText.status(theme, adopted, draft);
        Instant timestamp = adopted != null ? adopted.atStartOfDay(ZoneOffset.UTC).toInstant()
                : sourceDateEpoch.orElse(FALLBACK_TIMESTAMP);
        Map<String, String> properties = new HashMap<>();
        String period = CoverText.period(periode);
        if (period != null) {
            properties.put("periode", period);
        }
        if (adopted != null) {
            properties.put("vaststellingsdatum", adopted.toString());
        }
        properties.put("opmaat-versie", opmaatVersion);
        String swv = plan.swv().naam();
        return new DocumentMeta(title, swv, swv, LANGUAGE, status, draft, timestamp, properties);
    }

    private static void register(MarkdownConverter.Source source, Node parent, HeadingIds ids, LinkTargets links,
                                 IdentityHashMap<Node, String> headingIds,
                                 Map<String, Map<String, FootnoteDefinition>> definitions) {
        Node skip = source.numbering() == Block.Numbering.APPENDIX ? titleHeading(source.document()) : null;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && node != skip) {
                String title = plainText(heading);
                String id = ids.next(title);
                headingIds.put(heading, id);
                links.register(source.file(), Slugs.of(title), id);
            } else if (node instanceof FootnoteDefinition definition) {
                definitions.computeIfAbsent(source.file(), f -> new HashMap<>()).putIfAbsent(definition.getLabel(), definition);
            }
            register(source, node, ids, links, headingIds, definitions);
        }
    }

    /** The annex file's own level-1 title, which the plan.yaml title replaces; null when the file starts otherwise. */
    private static Heading titleHeading(Node document) {
        Node first = document.getFirstChild();
        return first instanceof Heading heading && heading.getLevel() == 1 ? heading : null;
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collectText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof org.commonmark.node.SoftLineBreak) {
                out.append(' ');
            } else {
                collectText(child, out);
            }
        }
    }

    private static boolean isMarkdown(String file) {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static Optional<String> readAnnex(PlanFileGate gate, Bijlage bijlage, List<PlanProblem> problems) {
        String file = bijlage.bestand();
        try {
            return Optional.of(gate.readText(file, MAX_ANNEX_BYTES));
        } catch (PlanFileGate.Refusal refusal) {
            switch (refusal.reason()) {
                case TOO_LARGE -> problems.add(problem(file, "annex.too-large", file, refusal.size() >> 20,
                        MAX_ANNEX_BYTES >> 20));
                case NOT_UTF8 -> problems.add(problem(file, "annex.not-utf8", file));
                case OUTSIDE -> problems.add(PlanFileGate.outside(SourcePosition.ofFile(file), file));
                // present() said the file exists; if it vanished since, the annex is simply not there.
                case MISSING, UNREADABLE -> { }
            }
            return Optional.empty();
        }
    }

    private static PlanProblem problem(String file, String key, Object... arguments) {
        return new PlanProblem(SourcePosition.ofFile(file), MESSAGES.format(key, arguments),
                MESSAGES.formatOptional(key + ".hint", arguments));
    }
}
