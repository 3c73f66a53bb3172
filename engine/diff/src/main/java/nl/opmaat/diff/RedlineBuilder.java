package nl.opmaat.diff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.Finding;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.document.Inline;
import nl.opmaat.core.document.PlanDocumentBuilder;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanInputException;

/**
 * Builds the redline of two versions of a plan: first "Wat is er veranderd" (how to read the document, the changed facts
 * of {@code plan.yaml} in plain Dutch, the findings that appeared or were solved), then the whole text of the newer
 * version with the older one's words as deletions and the new words as insertions. Both versions go through
 * {@link PlanDocumentBuilder}, so the generated chapters (procedure, budget) and the annexes are compared too.
 *
 * <p>The document date is the newer version's (its adoption date, else {@code SOURCE_DATE_EPOCH}): the date of every
 * tracked change in the DOCX, so the same two versions give the same bytes.
 */
public final class RedlineBuilder {

    private static final Messages MESSAGES = Messages.forPackageOf(RedlineBuilder.class);

    private final PlanDocumentBuilder documents;

    public RedlineBuilder(Theme theme, String opmaatVersion, Optional<Instant> sourceDateEpoch) {
        this.documents = new PlanDocumentBuilder(theme, opmaatVersion, sourceDateEpoch);
    }

    /** @throws PlanInputException when an image or annex of either version cannot be used */
    public Redline build(PlanVersion older, PlanVersion newer) throws PlanInputException {
        // No findings and no glossary: the redline compares the plan's own text, and lists findings itself.
        Document before = documents.build(older.loaded(), List.of(), List.of());
        Document after = documents.build(newer.loaded(), List.of(), List.of());
        List<String> facts = FactChanges.between(older.loaded().yaml().root(), newer.loaded().yaml().root());
        List<String> findings = findingChanges(older.findings(), newer.findings());
        TextRedline.Result text = TextRedline.of(before.blocks(), after.blocks());

        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(1, "changed.heading", "wat-is-er-veranderd"));
        blocks.add(paragraph(MESSAGES.format("changed.reading")));
        blocks.add(heading(2, "facts.heading", "feiten-uit-plan-yaml"));
        blocks.add(facts.isEmpty() ? paragraph(MESSAGES.format("facts.none")) : bullets(facts));
        blocks.add(heading(2, "findings.heading", "bevindingen-van-de-controle"));
        blocks.add(findings.isEmpty() ? paragraph(MESSAGES.format("findings.none")) : bullets(findings));
        if (!text.changed()) {
            blocks.add(heading(2, "text.heading", "de-tekst-van-het-plan"));
            blocks.add(paragraph(MESSAGES.format("text.none")));
        }
        blocks.add(new Block.PageBreak());
        blocks.addAll(text.blocks());

        DocumentMeta newerMeta = after.meta();
        DocumentMeta meta = new DocumentMeta(MESSAGES.format("title"), newerMeta.subtitle(), newerMeta.author(),
                newerMeta.language(), MESSAGES.format("status", older.label(), newer.label()), false,
                newerMeta.timestamp(), newerMeta.properties());
        boolean identical = facts.isEmpty() && findings.isEmpty() && !text.changed();
        return new Redline(new Document(meta, blocks, List.of()), identical);
    }

    /**
     * Findings matched on rule and message, not on line: a paragraph added above a finding moves it, and that is no
     * new finding. Equal findings are counted, so a second occurrence that appears is still reported.
     */
    static List<String> findingChanges(List<Finding> older, List<Finding> newer) {
        Map<String, Integer> before = counts(older);
        Map<String, Integer> after = counts(newer);
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : newer) {
            String key = key(f);
            if (seen.merge(key, 1, Integer::sum) > before.getOrDefault(key, 0)) {
                out.add(MESSAGES.format("findings.appeared", f.severity().label(), f.ruleId(), f.message(),
                        f.position().toString()));
            }
        }
        seen.clear();
        for (Finding f : older) {
            String key = key(f);
            if (seen.merge(key, 1, Integer::sum) > after.getOrDefault(key, 0)) {
                out.add(MESSAGES.format("findings.disappeared", f.severity().label(), f.ruleId(), f.message()));
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> out = new HashMap<>();
        findings.forEach(f -> out.merge(key(f), 1, Integer::sum));
        return out;
    }

    private static String key(Finding f) {
        return f.ruleId() + "\u0000" + f.message() + "\u0000" + f.waived();
    }

    private static Block heading(int level, String key, String id) {
        return new Block.Heading(level, List.of(new Inline.Text(MESSAGES.format(key))), id, Block.Numbering.NONE);
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Block bullets(List<String> sentences) {
        return new Block.ListBlock(false, sentences.stream()
                .map(s -> List.<Block>of(new Block.Paragraph(List.of(new Inline.Text(s))))).toList());
    }
}
