package nl.opmaat.core.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;

/**
 * Writes the list of {@code opmaat plugins}: per plugin its id, version, SWV codes, what it contributes and its
 * problems (its own and those the rule catalogue found in its rules), then the paths that were not plugins.
 *
 * <p>JSON shape: {@code {"searched": [dir], "plugins": [{"id", "version", "provider", "description", "location",
 * "active", "swvCodes": [], "theme": {"id", "name", "bodyFont", "headingFont", "logo"} or null, "rules": [id],
 * "glossaryTerms": n, "problems": []}], "rejected": [{"location", "problem"}]}}.
 */
public final class PluginListWriter {

    private static final Messages MESSAGES = Messages.forPackageOf(PluginListWriter.class);
    // Properties files drop leading spaces, so the indentation is added here.
    private static final String INDENT = "  ";
    private final InstalledPlugins installed;
    private final RuleCatalogue catalogue;
    private final List<Path> searched;
    private final Path workingDirectory;

    /** @param workingDirectory paths under it are shown relative to it */
    public PluginListWriter(InstalledPlugins installed, RuleCatalogue catalogue, List<Path> searched, Path workingDirectory) {
        this.installed = installed;
        this.catalogue = catalogue;
        this.searched = List.copyOf(searched);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** All problems of one plugin: from loading, and from registering its rules. */
    public List<String> problems(InstalledPlugin plugin) {
        List<String> all = new ArrayList<>(plugin.problems());
        // Listing plugins is where a theme's CSS and logo are held to their gates without rendering anything.
        plugin.theme().filter(GatedTheme.class::isInstance).map(GatedTheme.class::cast)
                .ifPresent(gated -> gated.fileProblems().forEach(p -> all.add(MESSAGES.format("plugin.theme-skipped", p))));
        all.addAll(catalogue.problemsOf(plugin.id()));
        return all;
    }

    /** True when any plugin or path has a problem. */
    public boolean hasProblems() {
        return !installed.rejected().isEmpty() || installed.plugins().stream().anyMatch(p -> !problems(p).isEmpty());
    }

    private List<String> ruleIds(String pluginId) {
        return catalogue.rules().stream().filter(r -> r.origin().equals(pluginId)).map(RuleDefinition::id).toList();
    }

    public void writeText(Writer out) throws IOException {
        String places = String.join(", ", searched.stream().map(this::show).toList());
        if (installed.plugins().isEmpty()) {
            out.write(MESSAGES.format("list.none", places) + "\n");
        } else {
            out.write(MESSAGES.format("list.header", installed.plugins().size(), places) + "\n");
        }
        for (InstalledPlugin plugin : installed.plugins()) {
            out.write("\n" + MESSAGES.format("list.plugin", plugin.id(), plugin.version(),
                    plugin.description().isBlank() ? plugin.provider() : plugin.description()) + "\n");
            out.write(INDENT + MESSAGES.format("list.location", show(plugin.location())) + "\n");
            if (!plugin.active()) {
                out.write(INDENT + MESSAGES.format("list.inactive") + "\n");
            }
            String codes = plugin.swvCodes().isEmpty() ? MESSAGES.format("list.codes.none", plugin.id())
                    : String.join(", ", plugin.swvCodes());
            out.write(INDENT + MESSAGES.format("list.codes", codes) + "\n");
            out.write(INDENT + MESSAGES.format("list.contributes", contributions(plugin)) + "\n");
            List<String> problems = problems(plugin);
            if (problems.isEmpty()) {
                out.write(INDENT + MESSAGES.format("list.no-problems") + "\n");
            }
            for (String problem : problems) {
                out.write(INDENT + MESSAGES.format("list.problem", problem) + "\n");
            }
        }
        if (!installed.rejected().isEmpty()) {
            out.write("\n" + MESSAGES.format("list.rejected-header") + "\n");
            for (InstalledPlugins.Rejected r : installed.rejected()) {
                out.write(INDENT + MESSAGES.format("list.rejected", r.problem()) + "\n");
            }
        }
    }

    private String contributions(InstalledPlugin plugin) {
        List<String> parts = new ArrayList<>();
        plugin.theme().ifPresent(t -> parts.add(MESSAGES.format("list.theme", t.name(), t.bodyFont())));
        List<String> rules = ruleIds(plugin.id());
        if (!rules.isEmpty()) {
            parts.add(MESSAGES.format("list.rules", rules.size(), String.join(", ", rules)));
        }
        if (!plugin.glossary().isEmpty()) {
            parts.add(MESSAGES.format("list.glossary", plugin.glossary().size()));
        }
        return parts.isEmpty() ? MESSAGES.format("list.nothing") : String.join("; ", parts);
    }

    public void writeJson(Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode places = root.putArray("searched");
        searched.forEach(p -> places.add(show(p)));
        ArrayNode plugins = root.putArray("plugins");
        for (InstalledPlugin plugin : installed.plugins()) {
            ObjectNode node = plugins.addObject();
            node.put("id", plugin.id());
            node.put("version", plugin.version());
            node.put("provider", plugin.provider());
            node.put("description", plugin.description());
            node.put("location", show(plugin.location()));
            node.put("active", plugin.active());
            ArrayNode codes = node.putArray("swvCodes");
            plugin.swvCodes().forEach(codes::add);
            if (plugin.theme().isPresent()) {
                var theme = plugin.theme().get();
                ObjectNode t = node.putObject("theme");
                t.put("id", theme.id());
                t.put("name", theme.name());
                t.put("bodyFont", theme.bodyFont());
                t.put("headingFont", theme.headingFont());
                t.put("logo", theme.logo().isPresent());
            } else {
                node.putNull("theme");
            }
            ArrayNode rules = node.putArray("rules");
            ruleIds(plugin.id()).forEach(rules::add);
            node.put("glossaryTerms", plugin.glossary().size());
            ArrayNode problems = node.putArray("problems");
            problems(plugin).forEach(problems::add);
        }
        ArrayNode rejected = root.putArray("rejected");
        for (InstalledPlugins.Rejected r : installed.rejected()) {
            ObjectNode node = rejected.addObject();
            node.put("location", show(r.location()));
            node.put("problem", r.problem());
        }
        out.write(mapper.writeValueAsString(root));
        out.write('\n');
    }

    /** A path relative to the working directory when it lies under it, with forward slashes. */
    private String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
