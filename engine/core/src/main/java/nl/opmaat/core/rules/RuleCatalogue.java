package nl.opmaat.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.api.rule.RuleProvider;
import nl.opmaat.core.internal.Messages;

/** Every known rule, built-in and from plugins, sorted by id; the one source of the catalogue page and SARIF. */
public final class RuleCatalogue {

    private final List<RuleDefinition> rules;
    private final Map<String, RuleDefinition> byId;
    private final List<Problem> problems;

    private RuleCatalogue(List<RuleDefinition> rules, List<Problem> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        Map<String, RuleDefinition> map = new HashMap<>();
        rules.forEach(r -> map.put(r.id(), r));
        this.byId = Map.copyOf(map);
    }

    /** The origin of the engine's own rules ({@code BuiltInRules}); plugin rules have their plugin's id. */
    public static final String BUILT_IN = "opmaat";

    /**
     * Builds the catalogue from providers grouped by origin ({@code opmaat} or a plugin id). A rule without
     * {@link RuleInfo}, with a duplicate id, a plugin rule whose id lacks the plugin's prefix, or with an unknown law key
     * is left out and named in {@link #problems()}.
     */
    public static RuleCatalogue of(Law law, Map<String, List<RuleProvider>> providersByOrigin) {
        List<RuleDefinition> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        providersByOrigin.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(o -> !o.equals("opmaat"))))
                .forEach(entry -> {
                    String origin = entry.getKey();
                    for (RuleProvider provider : entry.getValue()) {
                        List<Rule> rules;
                        try {
                            rules = provider.rules();
                        } catch (RuntimeException | LinkageError e) {
                            if ("opmaat".equals(origin)) {
                                throw e; // the engine's own catalogue is never skipped: a check without it says nothing
                            }
                            // A plugin's provider may be broken; the built-in catalogue never is (its tests say so).
                            problems.add(new Problem(origin, provider.getClass().getName() + " gaf een fout: " + e));
                            continue;
                        }
                        for (Rule rule : rules) {
                            register(law, origin, rule, seen, out, problems);
                        }
                    }
                });
        out.sort(Comparator.comparing(RuleDefinition::id));
        return new RuleCatalogue(out, problems);
    }

    private static void register(Law law, String origin, Rule rule, Map<String, String> seen, List<RuleDefinition> out,
                                 List<Problem> problems) {
        RuleInfo info = rule instanceof DataRule data ? data.info() : rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            problems.add(new Problem(origin, rule.getClass().getName() + " mist @RuleInfo"));
            return;
        }
        boolean plugin = !"opmaat".equals(origin);
        if (plugin && !info.id().startsWith(origin + ".")) {
            problems.add(new Problem(origin, "regel " + info.id() + " moet beginnen met " + origin + "."));
            return;
        }
        if (seen.containsKey(info.id())) {
            problems.add(new Problem(origin, "regel " + info.id() + " bestaat al (" + seen.get(info.id()) + ")"));
            return;
        }
        if (!law.knows(info.inForce())) {
            problems.add(new Problem(origin, "regel " + info.id() + " noemt onbekende wet " + info.inForce()));
            return;
        }
        Messages messages;
        try {
            messages = rule instanceof DataRule data ? data.messages() : Messages.forPackageOf(rule.getClass());
        } catch (java.util.MissingResourceException e) {
            problems.add(new Problem(origin, "regel " + info.id() + " mist messages.properties in "
                    + rule.getClass().getPackageName()));
            return;
        }
        if (plugin && !messages.has(info.id() + ".title")) {
            problems.add(new Problem(origin, "regel " + info.id() + " mist " + info.id() + ".title in messages.properties"));
            return;
        }
        seen.put(info.id(), origin);
        out.add(new RuleDefinition(rule, info, messages, law.inForceFrom(info.inForce()), law.inForceUntil(info.inForce()),
                law.source(info.inForce()), origin));
    }

    /** A rule that could not be registered, with the origin that contributed it. */
    private record Problem(String origin, String message) {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Rules that could not be registered, in Dutch, for {@code opmaat plugins} and the check report. */
    public List<String> problems() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The problems of one origin ({@code opmaat} or a plugin id), without the origin prefix. */
    public List<String> problemsOf(String origin) {
        return problems.stream().filter(p -> p.origin().equals(origin)).map(Problem::message).toList();
    }
}
