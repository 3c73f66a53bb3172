package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.core.internal.Messages;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code plan.yaml} through SnakeYAML Engine's node API, keeping the position of every key and value.
 *
 * <p>Guards against hostile or broken input before and while composing: a size limit (checked before reading), a
 * nesting-depth limit (SnakeYAML Engine has none and overflows the stack at a few thousand levels, docs/library-notes.md §4), an
 * alias limit against billion-laughs, no custom tags, and duplicate keys (Compose accepts them silently).
 */
public final class YamlLoader {

    /** A plan.yaml is a few hundred lines; 1 MiB leaves a wide margin and keeps a 50 MB mistake fast to refuse. */
    static final long MAX_BYTES = 1L << 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_ALIASES = 20;
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final Messages MESSAGES = Messages.forPackageOf(YamlLoader.class);

    private final String label;

    /** @param label the file name used in positions, relative to the plan directory ({@code plan.yaml}) */
    public YamlLoader(String label) {
        this.label = label;
    }

    /** Reads {@code label} (plan.yaml) through the plan's file gate, then parses it. */
    public YamlTree load(PlanFileGate gate) throws PlanInputException {
        return parse(readText(gate));
    }

    /** Parses YAML text already in memory (tests and {@code init} use this). */
    public YamlTree parse(String text) throws PlanInputException {
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("#"))) {
            throw problem(new SourcePosition(label, 1, 1), "yaml.empty");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit((int) MAX_BYTES)
                .build();
        List<Event> events = eventsWithinDepth(settings, text);
        Optional<Node> root;
        try {
            root = new Composer(settings, new ReplayedEvents(events)).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            throw syntaxProblem(e);
        } catch (YamlEngineException e) {
            throw unmarkedProblem(e);
        }
        if (root.isEmpty()) {
            throw problem(new SourcePosition(label, 1, 1), "yaml.empty");
        }
        Map<String, SourcePosition> values = new HashMap<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        JsonNode json = convert(root.get(), "", values, keys);
        if (!json.isObject()) {
            throw problem(position(root.get()), "yaml.not-a-mapping");
        }
        return new YamlTree(label, json, Map.copyOf(values), Map.copyOf(keys));
    }

    private String readText(PlanFileGate gate) throws PlanInputException {
        SourcePosition whole = SourcePosition.ofFile(label);
        try {
            return gate.readText(label, MAX_BYTES);
        } catch (PlanFileGate.Refusal refusal) {
            throw switch (refusal.reason()) {
                case OUTSIDE -> new PlanInputException(PlanFileGate.outside(whole, label));
                case TOO_LARGE -> problem(whole, "yaml.too-large", refusal.size() / (1024 * 1024), MAX_BYTES / (1024 * 1024));
                case NOT_UTF8 -> problem(whole, "yaml.not-utf8");
                case MISSING, UNREADABLE -> problem(whole, "yaml.cannot-read", refusal.reason().name());
            };
        }
    }

    /**
     * Parses the text into events and counts nesting on them (the parser uses no recursion) before the recursive
     * composer runs; the composer then reads these events instead of parsing the text a second time.
     */
    private List<Event> eventsWithinDepth(LoadSettings settings, String text) throws PlanInputException {
        int depth = 0;
        List<Event> events = new ArrayList<>();
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                events.add(event);
                switch (event.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            throw problem(position(event.getStartMark()), "yaml.too-deep", MAX_DEPTH);
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    default -> { }
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw syntaxProblem(e);
        } catch (YamlEngineException e) {
            throw unmarkedProblem(e);
        }
        return events;
    }

    /** Parser events already read, handed to the composer in order. */
    private static final class ReplayedEvents implements Parser {
        private final List<Event> events;
        private int next;

        ReplayedEvents(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return hasNext() && events.get(next).getEventId() == id;
        }

        @Override
        public Event peekEvent() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return events.get(next);
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }

        @Override
        public Event next() {
            Event event = peekEvent();
            next++;
            return event;
        }
    }

    private JsonNode convert(Node node, String pointer, Map<String, SourcePosition> values,
                             Map<String, SourcePosition> keys) throws PlanInputException {
        return convert(node, pointer, values, keys, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * @param open the collections being converted on the way down: an alias to one of them (x: &amp;a [*a]) would
     *             recurse for ever, and the composer accepts it (found by PlanYamlFuzzTest)
     */
    private JsonNode convert(Node node, String pointer, Map<String, SourcePosition> values,
                             Map<String, SourcePosition> keys, Set<Node> open) throws PlanInputException {
        if (!CORE_TAGS.contains(node.getTag())) {
            throw problem(position(node), "yaml.custom-tag", node.getTag().getValue());
        }
        if (!(node instanceof ScalarNode) && !open.add(node)) {
            throw problem(position(node), "yaml.recursive-alias");
        }
        try {
            return convertOpen(node, pointer, values, keys, open);
        } finally {
            open.remove(node);
        }
    }

    private JsonNode convertOpen(Node node, String pointer, Map<String, SourcePosition> values,
                                 Map<String, SourcePosition> keys, Set<Node> open) throws PlanInputException {
        values.put(pointer, position(node));
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey) || keyNode.getTag().equals(Tag.NULL)) {
                    throw problem(position(keyNode), "yaml.complex-key");
                }
                String key = scalarKey.getValue();
                String child = pointer + "/" + escape(key);
                if (object.has(key)) {
                    throw problem(position(keyNode), "yaml.duplicate-key", key, keys.get(child).line());
                }
                keys.put(child, position(keyNode));
                object.set(key, convert(tuple.getValueNode(), child, values, keys, open));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, pointer + "/" + i++, values, keys, open));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private JsonNode scalar(ScalarNode node) throws PlanInputException {
        String value = node.getValue();
        Tag tag = node.getTag();
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (tag.equals(Tag.NULL)) {
            return f.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return f.booleanNode(Boolean.parseBoolean(value));
        }
        try {
            if (tag.equals(Tag.INT)) {
                BigInteger number = new BigInteger(value);
                return number.bitLength() < 63 ? f.numberNode(number.longValue()) : f.numberNode(number);
            }
            if (tag.equals(Tag.FLOAT)) {
                return f.numberNode(new BigDecimal(value));
            }
        } catch (NumberFormatException e) {
            throw problem(position(node), "yaml.bad-number", value);
        }
        return f.textNode(value);
    }

    /** RFC 6901 escaping of a key inside a JSON pointer. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private SourcePosition position(Node node) {
        return node.getStartMark().map(this::position).orElse(new SourcePosition(label, 1, 1));
    }

    private SourcePosition position(Optional<Mark> mark) {
        return mark.map(this::position).orElse(new SourcePosition(label, 1, 1));
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(label, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private PlanInputException syntaxProblem(MarkedYamlEngineException e) {
        SourcePosition at = position(e.getProblemMark().or(e::getContextMark));
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String key;
        if (problem.contains("\\t") || problem.contains("tab")) {
            key = "yaml.tab";
        } else if (problem.contains("exceeds the specified limit") || problem.contains("aliases")) {
            key = "yaml.too-many-aliases";
        } else if (problem.contains("found undefined alias")) {
            key = "yaml.undefined-alias";
        } else if (problem.contains("duplicate key")) {
            key = "yaml.duplicate-key-plain";
        } else {
            key = "yaml.syntax";
        }
        return problem(at, key, problem);
    }

    /** Errors without a mark: the alias limit is the one a user meets (billion laughs, or a plan full of aliases). */
    private PlanInputException unmarkedProblem(YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        String key = message.contains("aliases") ? "yaml.too-many-aliases" : "yaml.unreadable";
        return problem(new SourcePosition(label, 1, 1), key, message);
    }

    private PlanInputException problem(SourcePosition at, String key, Object... arguments) {
        return new PlanInputException(new PlanProblem(at, MESSAGES.format(key, arguments),
                MESSAGES.formatOptional(key + ".hint", arguments)));
    }
}
