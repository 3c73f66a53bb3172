package nl.opmaat.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.load.PlanFileGate;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.Slugs;
import nl.opmaat.core.load.YamlLoader;
import nl.opmaat.core.load.YamlTree;

/**
 * What a finding is about, in words that survive edits elsewhere in the file: for {@code plan.yaml} the JSON pointer of
 * the key or value the finding points at, with each list index replaced by the item's identity
 * ({@code /doelen[titel=Thuiszitters terug naar school]/meetbaar}, {@code /vaststelling/oogo[gemeente=Emmen]}); for
 * Markdown the anchor of the section the line lies in ({@code #toelaatbaarheidsverklaring}); for other files nothing.
 * Never a line number: two comment lines above a finding must not change its fingerprint (GitLab and code scanning
 * would show it as fixed and new). Reads the plan's own files again (the path each entry names), once per file.
 */
final class SemanticKey {

    /** Fields that name a list item, in the order they are tried. */
    private static final List<String> IDENTITY_FIELDS =
            List.of("titel", "naam", "gemeente", "regel", "bestand", "school", "code", "jaar", "id", "datum");

    private final Map<String, Optional<YamlTree>> yamlFiles = new HashMap<>();
    private final Map<String, List<Heading>> markdownFiles = new HashMap<>();

    private record Heading(int line, String anchor) {
    }

    String of(ReportEntry e) {
        if (e.line() <= 0) {
            return "";
        }
        String name = e.file().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yamlFiles.computeIfAbsent(e.file(), SemanticKey::readYaml).map(tree -> pointer(tree, e)).orElse("");
        }
        if (name.endsWith(".md")) {
            return section(markdownFiles.computeIfAbsent(e.file(), SemanticKey::readHeadings), e.line());
        }
        return "";
    }

    private static Optional<YamlTree> readYaml(String file) {
        try {
            Path path = Path.of(file).toAbsolutePath();
            return Optional.of(new YamlLoader(path.getFileName().toString()).load(new PlanFileGate(path.getParent())));
        } catch (PlanInputException | RuntimeException e) {
            // An unusable plan.yaml: its input problems are keyed by rule, file and message alone.
            return Optional.empty();
        }
    }

    /**
     * The pointer recorded at the finding's place, else the last one before it. Where a list item and its first key
     * start at the same place, the item wins: a rule that points at an absent field of the item gets the item's place.
     */
    private static String pointer(YamlTree tree, ReportEntry e) {
        String best = null;
        SourcePosition bestAt = null;
        SourcePosition at = new SourcePosition(tree.file(), e.line(), Math.max(1, e.column()));
        for (Map<String, SourcePosition> positions : List.of(tree.keyPositions(), tree.valuePositions())) {
            for (Map.Entry<String, SourcePosition> p : positions.entrySet()) {
                SourcePosition where = p.getValue();
                if (p.getKey().isEmpty() || compare(where, at) > 0) {
                    continue;
                }
                int order = bestAt == null ? 1 : compare(where, bestAt);
                if (order > 0 || order == 0 && p.getKey().length() < best.length()) {
                    best = p.getKey();
                    bestAt = where;
                }
            }
        }
        return best == null ? "" : readable(tree.root(), best);
    }

    private static int compare(SourcePosition a, SourcePosition b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    /** The pointer with each array index replaced by {@code [field=value]} (or {@code [value]} for a scalar item). */
    static String readable(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        JsonNode node = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray() && segment.matches("\\d+")) {
                node = node.get(Integer.parseInt(segment));
                out.append('[').append(identity(node).orElse(segment)).append(']');
            } else {
                node = node == null ? null : node.get(segment);
                out.append('/').append(raw);
            }
        }
        return out.toString();
    }

    private static Optional<String> identity(JsonNode item) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.isValueNode()) {
            return Optional.of(item.asText());
        }
        for (String field : IDENTITY_FIELDS) {
            JsonNode value = item.get(field);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return Optional.of(field + "=" + value.asText());
            }
        }
        return Optional.empty();
    }

    private static List<Heading> readHeadings(String file) {
        List<Heading> headings = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return headings;
        }
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6}\\s+\\S.*")) {
                String text = line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "").replaceFirst("\\s*\\{#[^}]*}\\s*$", "");
                headings.add(new Heading(i + 1, Slugs.of(text)));
            }
        }
        return headings;
    }

    private static String section(List<Heading> headings, int line) {
        String anchor = "";
        for (Heading heading : headings) {
            if (heading.line() > line) {
                break;
            }
            anchor = "#" + heading.anchor();
        }
        return anchor;
    }
}
