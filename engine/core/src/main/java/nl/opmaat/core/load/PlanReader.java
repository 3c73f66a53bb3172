package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        Path yamlFile = directory.resolve(PLAN_FILE);
        if (!Files.isRegularFile(yamlFile)) {
            throw problem(SourcePosition.ofFile(label), "plan.missing-yaml", label);
        }
        YamlTree tree = new YamlLoader(PLAN_FILE).load(yamlFile);
        schema.validate(tree);
        List<Chapter> read = readChapters(directory, tree);
        List<Chapter> annexes = readMarkdownAnnexes(directory, tree);
        return new LoadedPlan(new PlanBinder(tree, directory).bind(label, read, annexes), tree, directory);
    }

    private List<Chapter> readChapters(Path directory, YamlTree tree) throws PlanInputException {
        List<String> files = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        JsonNode listed = tree.root().path("hoofdstukken");
        if (listed.isArray()) {
            for (int i = 0; i < listed.size(); i++) {
                files.add(listed.get(i).asText());
                pointers.add("/hoofdstukken/" + i);
            }
        } else {
            for (String file : discovered(directory)) {
                files.add(file);
                pointers.add("");
            }
        }
        List<PlanProblem> problems = new ArrayList<>();
        List<Chapter> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            SourcePosition at = pointers.get(i).isEmpty() ? SourcePosition.ofFile(file) : tree.valuePositionOf(pointers.get(i));
            var path = PlanFiles.inside(directory, file);
            if (path.isEmpty()) {
                problems.add(planProblem(at, "chapter.outside", file));
            } else if (!Files.isRegularFile(path.get())) {
                problems.add(planProblem(at, "chapter.missing", file));
            } else {
                try {
                    out.add(chapters.read(file, readText(path.get(), file)));
                } catch (PlanInputException e) {
                    problems.addAll(e.problems());
                }
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
    private List<Chapter> readMarkdownAnnexes(Path directory, YamlTree tree) {
        List<Chapter> out = new ArrayList<>();
        for (JsonNode annex : tree.root().path("bijlagen")) {
            String file = annex.path("bestand").asText("");
            var path = PlanFiles.inside(directory, file);
            if (file.endsWith(".md") && path.isPresent() && Files.isRegularFile(path.get())) {
                try {
                    out.add(chapters.read(file, readText(path.get(), file)));
                } catch (PlanInputException e) {
                    // Left to inhoud.bijlagen and the renderers: an annex that cannot be read does not stop the check.
                }
            }
        }
        return out;
    }

    /** Without a {@code hoofdstukken} list: every {@code hoofdstukken/*.md}, by name. */
    private static List<String> discovered(Path directory) {
        Path folder = directory.resolve("hoofdstukken");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .map(p -> "hoofdstukken/" + p.getFileName()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String readText(Path path, String file) throws PlanInputException {
        try {
            long size = Files.size(path);
            if (size > MAX_CHAPTER_BYTES) {
                throw problem(SourcePosition.ofFile(file), "chapter.too-large", file, size >> 20, MAX_CHAPTER_BYTES >> 20);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw problem(SourcePosition.ofFile(file), "chapter.not-utf8", file);
        } catch (IOException e) {
            throw problem(SourcePosition.ofFile(file), "chapter.missing", file);
        }
    }

    private static PlanProblem planProblem(SourcePosition at, String key, Object... arguments) {
        return new PlanProblem(at, MESSAGES.format(key, arguments), MESSAGES.formatOptional(key + ".hint", arguments));
    }

    private static PlanInputException problem(SourcePosition at, String key, Object... arguments) {
        return new PlanInputException(planProblem(at, key, arguments));
    }
}
