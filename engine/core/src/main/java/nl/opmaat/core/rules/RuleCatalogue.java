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
    private final List<String> problems;

    private RuleCatalogue(List<RuleDefinition> rules, List<String> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        Map<String, RuleDefinition> map = new HashMap<>();
        rules.forEach(r -> map.put(r.id(), r));
        this.byId = Map.copyOf(map);
    }

    /** The built-in rules only. */
    public static RuleCatalogue builtIn(Law law) {
        return of(law, Map.of("opmaat", List.of(new BuiltInRules())));
    }

    /**
     * Builds the catalogue from providers grouped by origin ({@code opmaat} or a plugin id). A rule without
     * {@link RuleInfo}, with a duplicate id, a plugin rule whose id lacks the plugin's prefix, or with an unknown law key
     * is left out and named in {@link #problems()}.
     */
    public static RuleCatalogue of(Law law, Map<String, List<RuleProvider>> providersByOrigin) {
        List<RuleDefinition> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        providersByOrigin.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(o -> !o.equals("opmaat"))))
                .forEach(entry -> {
                    String origin = entry.getKey();
                    for (RuleProvider provider : entry.getValue()) {
                        for (Rule rule : provider.rules()) {
                            RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
                            if (info == null) {
                                problems.add(origin + ": " + rule.getClass().getName() + " mist @RuleInfo");
                                continue;
                            }
                            if (!"opmaat".equals(origin) && !info.id().startsWith(origin + ".")) {
                                problems.add(origin + ": regel " + info.id() + " moet beginnen met " + origin + ".");
                                continue;
                            }
                            if (seen.containsKey(info.id())) {
                                problems.add(origin + ": regel " + info.id() + " bestaat al (" + seen.get(info.id()) + ")");
                                continue;
                            }
                            if (!law.knows(info.inForce())) {
                                problems.add(origin + ": regel " + info.id() + " noemt onbekende wet " + info.inForce());
                                continue;
                            }
                            seen.put(info.id(), origin);
                            out.add(new RuleDefinition(rule, info, Messages.forPackageOf(rule.getClass()),
                                    law.inForceFrom(info.inForce()), law.inForceUntil(info.inForce()),
                                    law.source(info.inForce()), origin));
                        }
                    }
                });
        out.sort(Comparator.comparing(RuleDefinition::id));
        return new RuleCatalogue(out, problems);
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Rules that could not be registered, in Dutch, for {@code opmaat plugins} and the check report. */
    public List<String> problems() {
        return problems;
    }
}
