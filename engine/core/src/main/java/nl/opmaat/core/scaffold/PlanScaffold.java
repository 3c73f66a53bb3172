package nl.opmaat.core.scaffold;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.Sector;
import nl.opmaat.core.load.SchemaValidator;

/**
 * The files of a new, empty plan: {@code plan.yaml} with the SWV's facts and every date left out, and a chapter for
 * each required topic with one heading per requirement. Under each heading stands a single {@value #TODO_MARKER}
 * sentence: the checker's {@code ContentAssessor} reads it as a placeholder, so {@code opmaat check} lists every
 * heading still to fill. The templates are resources beside this class ({@code templates/index.txt}).
 */
public final class PlanScaffold {

    /** The words that open every to-do; "nog uit te werken" is one of the placeholders the checker recognises. */
    public static final String TODO_MARKER = "Nog uit te werken:";
    private static final String TEMPLATES = "templates/";
    private static final Pattern SECTOR_LINE = Pattern.compile("^\\[(po|vo)\\] ?(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");

    /** The schema file {@link #withSchemaFile()} writes beside {@code plan.yaml}. */
    public static final String SCHEMA_FILE = "plan.schema.json";

    private final String schemaUrl;
    private final boolean writeSchema;

    /** @param schemaUrl where editors find the schema, written into the {@code yaml-language-server} line */
    public PlanScaffold(String schemaUrl) {
        this(schemaUrl, false);
    }

    private PlanScaffold(String schemaUrl, boolean writeSchema) {
        this.schemaUrl = schemaUrl;
        this.writeSchema = writeSchema;
    }

    /**
     * A scaffold that also writes the schema the checker uses as {@value #SCHEMA_FILE} beside {@code plan.yaml} and
     * points editors at it by relative path: a reference that resolves offline, and that matches the opmaat version that
     * made the plan (a newer opmaat: {@code opmaat schema > plan.schema.json}).
     */
    public static PlanScaffold withSchemaFile() {
        return new PlanScaffold(SCHEMA_FILE, true);
    }

    /** A scaffold pointing editors to the published schema: the {@code $id} of the schema the checker uses. */
    public static PlanScaffold withPublishedSchema() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            return new PlanScaffold(new ObjectMapper().readTree(in).path("$id").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled plan schema cannot be read", e);
        }
    }

    /** Path relative to the new plan directory (forward slashes) → file content, in writing order. */
    public Map<String, String> files(ScaffoldRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String file : index()) {
            out.put(file, render(read(TEMPLATES + file), request));
        }
        if (writeSchema) {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
                out.put(SCHEMA_FILE, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled plan schema cannot be read", e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private String render(String template, ScaffoldRequest request) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            Matcher sector = SECTOR_LINE.matcher(line);
            if (sector.matches()) {
                if (!sector.group(1).equals(request.sector().label())) {
                    continue;
                }
                line = sector.group(2);
            }
            out.append(fill(line, request)).append('\n');
        }
        // split(-1) keeps the empty string after the template's last newline; drop the extra newline it adds.
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private String fill(String line, ScaffoldRequest request) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), request, indent)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, ScaffoldRequest request, String indent) {
        Sector other = request.sector() == Sector.PO ? Sector.VO : Sector.PO;
        return switch (name) {
            case "schema" -> schemaUrl;
            case "naam" -> YamlText.quoted(request.swvNaam());
            case "naam-commentaar" -> YamlText.comment(request.swvNaam());
            case "sector" -> request.sector().label();
            case "andere-sector" -> other.label();
            case "andere-sector-groot" -> other.name();
            case "gemeenten" -> gemeenten(request);
            case "oogo" -> oogo(request, indent);
            default -> throw new IllegalStateException("Unknown placeholder {{" + name + "}} in a scaffold template");
        };
    }

    private static String gemeenten(ScaffoldRequest request) {
        if (request.gemeenten().isEmpty()) {
            return "gemeenten: []   # vul alle gemeenten van de regio in, bijvoorbeeld [Almere, Lelystad]";
        }
        return "gemeenten: [" + String.join(", ", request.gemeenten().stream().map(YamlText::quoted).toList()) + "]";
    }

    /** One undated OOGO line per gemeente: the date is what the directeur fills in, and what check asks for. */
    private static String oogo(ScaffoldRequest request, String indent) {
        if (request.gemeenten().isEmpty()) {
            return "oogo: []";
        }
        StringBuilder out = new StringBuilder("oogo:   # vul per gemeente de datum van het OOGO in: datum: 2026-02-09");
        for (String gemeente : request.gemeenten()) {
            out.append('\n').append(indent).append("  - { gemeente: ").append(YamlText.quoted(gemeente)).append(" }");
        }
        return out.toString();
    }

    private static List<String> index() {
        List<String> files = new ArrayList<>();
        for (String line : read(TEMPLATES + "index.txt").split("\n")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                files.add(entry);
            }
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = PlanScaffold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Scaffold template missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
