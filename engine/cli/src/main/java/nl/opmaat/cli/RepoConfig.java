package nl.opmaat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opmaat.api.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A repository's {@code .opmaat.yaml}: the defaults for {@code fail-on}, {@code plugins} and {@code leesbaarheid},
 * found in the working folder or the nearest folder above it, so every CI job and every laptop in the repository checks
 * alike. Options on the command line win. Plugin folders are relative to the file.
 *
 * @param file         the file read, if one was found
 * @param failOn       {@code fail-on}, if set
 * @param plugins      {@code plugins}, resolved against the file's folder
 * @param readability  {@code leesbaarheid: true}
 */
record RepoConfig(Optional<Path> file, Optional<Severity> failOn, List<Path> plugins, boolean readability) {

    static final String FILE_NAME = ".opmaat.yaml";

    static final RepoConfig NONE = new RepoConfig(Optional.empty(), Optional.empty(), List.of(), false);

    /** The configuration for the process's working folder. */
    static RepoConfig forWorkingDirectory() {
        return find(Path.of("").toAbsolutePath());
    }

    static RepoConfig find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return NONE;
    }

    static RepoConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem("config.unreadable", file, e.getMessage());
        }
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw problem("config.yaml", file, line, e.getProblem());
        } catch (YamlEngineException e) {
            throw problem("config.yaml", file, 1, e.getMessage());
        }
        if (root.isEmpty()) {
            return new RepoConfig(Optional.of(file), Optional.empty(), List.of(), false);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw problem("config.not-a-map", file, line(root.get()));
        }
        Optional<Severity> failOn = Optional.empty();
        List<Path> plugins = new ArrayList<>();
        boolean readability = false;
        Path base = file.toAbsolutePath().getParent();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = entry.getValueNode();
            switch (key) {
                case "fail-on" -> {
                    String label = scalar(value).orElse("");
                    failOn = Optional.of(Severity.fromLabel(label)
                            .orElseThrow(() -> problem("config.bad-fail-on", file, line(value), label)));
                }
                case "plugins" -> plugins.addAll(folders(value, file, base));
                case "leesbaarheid" -> {
                    String flag = scalar(value).orElse("");
                    if (!flag.equals("true") && !flag.equals("false")) {
                        throw problem("config.bad-readability", file, line(value));
                    }
                    readability = flag.equals("true");
                }
                default -> throw problem("config.unknown-key", file, line(entry.getKeyNode()), key);
            }
        }
        return new RepoConfig(Optional.of(file), failOn, List.copyOf(plugins), readability);
    }

    private static List<Path> folders(Node value, Path file, Path base) {
        List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        List<Path> folders = new ArrayList<>();
        for (Node item : items) {
            String folder = scalar(item).filter(s -> !s.isBlank())
                    .orElseThrow(() -> problem("config.bad-plugins", file, line(item)));
            folders.add(base.resolve(folder).normalize());
        }
        return folders;
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue().trim()) : Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static InputProblem problem(String key, Object... arguments) {
        return new InputProblem(CliMessages.format(key, arguments), CliMessages.format("config.hint"));
    }
}
