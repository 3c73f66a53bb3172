package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.core.internal.Messages;

/**
 * Reads a plan directory: {@code plan.yaml} (load, schema, bind) and its Markdown chapters. Every way the input can be
 * unusable ends in a {@link PlanInputException} with Dutch messages; nothing downstream reads the files again.
 */
public final class PlanReader {

    public static final String PLAN_FILE = "plan.yaml";
    /** Chapters are prose; 5 MiB is far beyond any real chapter and keeps a pasted binary from stalling the run. */
    static final long MAX_CHAPTER_BYTES = 5L << 20;
    private static final Messages MESSAGES = Messages.forPackageOf(PlanReader.class);

    private final SchemaValidator schema;
    private final ChapterReader chapters = new ChapterReader();

    public PlanReader(SchemaValidator schema) {
        this.schema = schema;
    }

    public PlanReader() {
        this(new SchemaValidator());
    }

    public LoadedPlan read(Path directory) throws PlanInputException {
        String label = directory.toString();
        if (!Files.isDirectory(directory)) {
            throw problem(SourcePosition.ofFile(label), "plan.missing-dir", label);
        }
        PlanFileGate gate = new PlanFileGate(directory);
        if (!Files.isRegularFile(directory.resolve(PLAN_FILE))) {
            throw problem(SourcePosition.ofFile(label), "plan.missing-yaml", label);
        }
        YamlTree tree = new YamlLoader(PLAN_FILE).load(gate);
        PlanReferences.refuseOutside(tree, gate);
        schema.validate(tree);
        List<Chapter> read = readChapters(gate, tree);
        List<Chapter> annexes = readMarkdownAnnexes(gate, tree);
        return new LoadedPlan(new PlanBinder(tree, gate).bind(label, read, annexes), tree, directory);
    }

    private List<Chapter> readChapters(PlanFileGate gate, YamlTree tree) throws PlanInputException {
        List<String> files = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        JsonNode listed = tree.root().path("hoofdstukken");
        if (listed.isArray()) {
            for (int i = 0; i < listed.size(); i++) {
                files.add(listed.get(i).asText());
                pointers.add("/hoofdstukken/" + i);
            }
        } else {
            for (String file : gate.markdownFilesIn("hoofdstukken")) {
                files.add(file);
                pointers.add("");
            }
        }
        List<PlanProblem> problems = new ArrayList<>();
        List<Chapter> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            SourcePosition at = pointers.get(i).isEmpty() ? SourcePosition.ofFile(file) : tree.valuePositionOf(pointers.get(i));
            try {
                out.add(chapters.read(file, gate.readText(file, MAX_CHAPTER_BYTES)));
            } catch (PlanFileGate.Refusal refusal) {
                problems.add(chapterProblem(refusal, at, file));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        return out;
    }

    /**
     * Annexes written in Markdown, read like chapters so references may point into them. An absent or unreadable annex
     * is not an input error: {@code inhoud.bijlagen} reports it.
     */
    private List<Chapter> readMarkdownAnnexes(PlanFileGate gate, YamlTree tree) {
        List<Chapter> out = new ArrayList<>();
        for (JsonNode annex : tree.root().path("bijlagen")) {
            String file = annex.path("bestand").asText("");
            if (file.endsWith(".md")) {
                try {
                    out.add(chapters.read(file, gate.readText(file, MAX_CHAPTER_BYTES)));
                } catch (PlanFileGate.Refusal refusal) {
                    // Left to inhoud.bijlagen and the renderers: an annex that cannot be read does not stop the check.
                    // One outside the plan never gets here: PlanReferences refused it before the schema ran.
                }
            }
        }
        return out;
    }

    private static PlanProblem chapterProblem(PlanFileGate.Refusal refusal, SourcePosition at, String file) {
        SourcePosition whole = SourcePosition.ofFile(file);
        return switch (refusal.reason()) {
            case OUTSIDE -> PlanFileGate.outside(at, file);
            case TOO_LARGE -> planProblem(whole, "chapter.too-large", file, refusal.size() >> 20, MAX_CHAPTER_BYTES >> 20);
            case NOT_UTF8 -> planProblem(whole, "chapter.not-utf8", file);
            case MISSING, UNREADABLE -> planProblem(at, "chapter.missing", file);
        };
    }

    private static PlanProblem planProblem(SourcePosition at, String key, Object... arguments) {
        return new PlanProblem(at, MESSAGES.format(key, arguments), MESSAGES.formatOptional(key + ".hint", arguments));
    }

    private static PlanInputException problem(SourcePosition at, String key, Object... arguments) {
        return new PlanInputException(planProblem(at, key, arguments));
    }
}
