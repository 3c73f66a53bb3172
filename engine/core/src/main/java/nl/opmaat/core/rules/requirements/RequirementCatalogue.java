package nl.opmaat.core.rules.requirements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.opmaat.api.Sector;
import nl.opmaat.api.Severity;
import nl.opmaat.core.rules.requirements.Requirement.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The legal requirements and deferral patterns of {@code requirements.yaml}, read once. A malformed entry is a bug in
 * the engine, not in a plan: it fails loudly with the entry and the field, and the build's tests load the file.
 */
public final class RequirementCatalogue {

    static final String RESOURCE = "requirements.yaml";
    private static final int DEFAULT_MIN = 2;
    private static final int DEFERRAL_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<String> REQUIREMENT_KEYS = Set.of("id", "key", "fields", "severity", "legalBasis", "inForce",
            "sectors", "title", "explanation", "missing", "missingHint", "subject", "topic", "sharesWith", "elements");
    private static final Set<String> ELEMENT_KEYS = Set.of("id", "description", "evidence", "min", "key", "sectors",
            "example");

    private final List<Requirement> requirements;
    private final List<Deferral> deferrals;
    private final Map<String, List<Term>> topics;
    private final Pattern anyDeferral;
    private final Set<String> compoundWords;

    private RequirementCatalogue(List<Requirement> requirements, List<Deferral> deferrals, Map<String, List<Term>> others) {
        this.requirements = List.copyOf(requirements);
        this.deferrals = List.copyOf(deferrals);
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < deferrals.size(); i++) {
            any.append(i == 0 ? "" : "|").append("(?<d").append(i).append('>').append(deferrals.get(i).pattern().pattern())
                    .append(')');
        }
        this.anyDeferral = Pattern.compile(any.length() == 0 ? "(?!)" : any.toString(), DEFERRAL_FLAGS);
        Map<String, List<Term>> all = new java.util.LinkedHashMap<>();
        requirements.forEach(r -> all.put(r.id(), r.topic()));
        all.putAll(others);
        this.topics = java.util.Collections.unmodifiableMap(all);
        Set<String> words = new java.util.HashSet<>();
        java.util.stream.Stream.concat(all.values().stream().flatMap(List::stream),
                        requirements.stream().flatMap(r -> r.elements().stream()).flatMap(e -> e.evidence().stream()))
                .flatMap(t -> t.words().stream()).map(DutchWords.Word::surface)
                .filter(w -> w.length() >= Term.COMPOUND_MIN).forEach(words::add);
        this.compoundWords = Set.copyOf(words);
    }

    /** The engine's own requirements. */
    public static RequirementCatalogue builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final RequirementCatalogue BUILT_IN = load();
    }

    private static RequirementCatalogue load() {
        try (InputStream in = RequirementCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the catalogue from YAML text; {@link RequirementDataException} names the entry and field that is wrong. */
    static RequirementCatalogue parse(String yaml) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(RESOURCE).build()).loadFromString(yaml);
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
            throw new RequirementDataException("not valid YAML: " + e.getMessage());
        }
        Map<?, ?> top = map(root, "the file");
        List<Deferral> deferrals = new ArrayList<>();
        for (Object entry : list(top.get("deferrals"), "deferrals")) {
            Map<?, ?> d = map(entry, "a deferral");
            String pattern = text(d, "pattern", "deferral");
            try {
                deferrals.add(new Deferral(Pattern.compile(pattern, DEFERRAL_FLAGS), text(d, "to", "deferral " + pattern)));
            } catch (PatternSyntaxException e) {
                throw new RequirementDataException("deferral '" + pattern + "' is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : list(top.get("requirements"), "requirements")) {
            Requirement requirement = requirement(map(entry, "a requirement"));
            if (!ids.add(requirement.id())) {
                throw new RequirementDataException("requirement " + requirement.id() + " is listed twice");
            }
            requirements.add(requirement);
        }
        Map<String, List<Term>> others = new java.util.LinkedHashMap<>();
        for (Object entry : list(top.get("otherTopics"), "otherTopics")) {
            Map<?, ?> t = map(entry, "an other topic");
            String name = text(t, "name", "an other topic");
            others.put(name, terms(t.get("terms"), "otherTopics." + name + ".terms"));
        }
        for (Requirement r : requirements) {
            for (String shared : r.sharesWith()) {
                if (!others.containsKey(shared) && !ids.contains(shared)) {
                    throw new RequirementDataException("requirement " + r.id() + ": sharesWith '" + shared
                            + "' is neither a requirement nor an other topic");
                }
            }
        }
        return new RequirementCatalogue(requirements, deferrals, others);
    }

    private static Requirement requirement(Map<?, ?> r) {
        String id = text(r, "id", "a requirement");
        String where = "requirement " + id;
        unknownKeys(r, REQUIREMENT_KEYS, where);
        String key = text(r, "key", where);
        if (!RequirementSubjects.knows(key)) {
            throw new RequirementDataException(where + ": key '" + key + "' is not a plan.yaml element the engine binds");
        }
        List<Element> elements = new ArrayList<>();
        Set<String> elementIds = new HashSet<>();
        for (Object e : list(r.get("elements"), where + ".elements")) {
            Element element = element(map(e, where + ": an element"), where);
            if (!elementIds.add(element.id())) {
                throw new RequirementDataException(where + ": element " + element.id() + " is listed twice");
            }
            elements.add(element);
        }
        if (elements.isEmpty()) {
            throw new RequirementDataException(where + ": no elements");
        }
        return new Requirement(id, key, strings(r.get("fields"), where + ".fields"), severity(text(r, "severity", where), where),
                strings(r.get("legalBasis"), where + ".legalBasis"),
                Optional.ofNullable(r.get("inForce")).map(Object::toString).orElse("altijd"),
                sectors(r.get("sectors"), where), text(r, "title", where), text(r, "explanation", where),
                text(r, "missing", where), text(r, "missingHint", where), text(r, "subject", where),
                terms(r.get("topic"), where + ".topic"), strings(r.get("sharesWith"), where + ".sharesWith"), elements);
    }

    private static Element element(Map<?, ?> e, String owner) {
        String id = text(e, "id", owner + ": an element");
        String where = owner + "." + id;
        unknownKeys(e, ELEMENT_KEYS, where);
        int min = DEFAULT_MIN;
        if (e.get("min") != null) {
            if (!(e.get("min") instanceof Number n) || n.intValue() < 1) {
                throw new RequirementDataException(where + ": min must be a whole number of at least 1");
            }
            min = n.intValue();
        }
        String key = e.get("key") == null ? null : e.get("key").toString();
        if (key != null && !RequirementSubjects.knows(key)) {
            throw new RequirementDataException(where + ": key '" + key + "' is not a plan.yaml element the engine binds");
        }
        List<Term> evidence = terms(e.get("evidence"), where + ".evidence");
        if (evidence.size() < min) {
            throw new RequirementDataException(where + ": min " + min + " but only " + evidence.size() + " evidence terms");
        }
        return new Element(id, text(e, "description", where), evidence, min, key, sectors(e.get("sectors"), where),
                text(e, "example", where));
    }

    private static void unknownKeys(Map<?, ?> map, Set<String> known, String where) {
        for (Object k : map.keySet()) {
            if (!known.contains(String.valueOf(k))) {
                throw new RequirementDataException(where + ": unknown field '" + k + "' (known: " + known + ")");
            }
        }
    }

    private static Severity severity(String label, String where) {
        return Severity.fromLabel(label).orElseThrow(
                () -> new RequirementDataException(where + ": severity '" + label + "' is not fout, waarschuwing or advies"));
    }

    private static List<Sector> sectors(Object value, String where) {
        if (value == null) {
            return List.of(Sector.values());
        }
        List<Sector> out = new ArrayList<>();
        for (String s : strings(value, where + ".sectors")) {
            try {
                out.add(Sector.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new RequirementDataException(where + ": sector '" + s + "' is not po or vo");
            }
        }
        return out;
    }

    private static List<Term> terms(Object value, String where) {
        List<String> texts = strings(value, where);
        if (texts.isEmpty()) {
            throw new RequirementDataException(where + ": no terms");
        }
        List<Term> out = new ArrayList<>();
        Map<List<String>, String> seen = new java.util.HashMap<>();
        for (String t : texts) {
            Term term;
            try {
                term = Term.of(t);
            } catch (IllegalArgumentException e) {
                throw new RequirementDataException(where + ": " + e.getMessage());
            }
            List<String> stems = term.words().stream().map(DutchWords.Word::stem).toList();
            String earlier = seen.putIfAbsent(stems, t);
            if (earlier != null) {
                throw new RequirementDataException(where + ": '" + t + "' and '" + earlier
                        + "' have the same stems and would count twice");
            }
            out.add(term);
        }
        return out;
    }

    private static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new RequirementDataException(what + " must be a mapping");
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new RequirementDataException(what + " must be a list");
    }

    private static List<String> strings(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list(value, what)) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new RequirementDataException(what + " must be a list of texts");
            }
            out.add(item.toString());
        }
        return out;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new RequirementDataException(where + ": '" + key + "' is missing");
        }
        return value.toString();
    }

    List<Requirement> requirements() {
        return requirements;
    }

    /** The written forms of every term word that may match inside a compound (five or more letters). */
    Set<String> compoundWords() {
        return compoundWords;
    }

    /** Every topic by name: each requirement's (under its id) and the other subjects a plan writes about. */
    Map<String, List<Term>> topics() {
        return topics;
    }

    List<Deferral> deferrals() {
        return deferrals;
    }

    /** The rules, one per requirement, in file order. */
    public List<nl.opmaat.api.rule.Rule> rules() {
        return requirements.stream().map(r -> (nl.opmaat.api.rule.Rule) new RequirementRule(r, this)).toList();
    }

    /** The sentence's deferral, if it sends the reader elsewhere (a website, a document still to be written, ...). */
    Optional<Deferral> deferralIn(String sentence) {
        // One pass over the sentence for all patterns (the texts are long, and sections nest, so this runs often).
        Matcher m = anyDeferral.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int i = 0; i < deferrals.size(); i++) {
            if (m.group("d" + i) != null) {
                return Optional.of(deferrals.get(i));
            }
        }
        return Optional.empty();
    }
}
