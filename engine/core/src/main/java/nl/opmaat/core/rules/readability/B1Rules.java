package nl.opmaat.core.rules.readability;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.readability.ReadabilityRules;
import nl.opmaat.core.readability.ReadabilityThresholds;

/**
 * The {@code b1.*} rules for the catalogue: {@link #listed()} when the command did not ask for them (in
 * {@code opmaat rules}, docs/rules.md and SARIF, never run), {@link #running} for {@code check --leesbaarheid}.
 */
public final class B1Rules {

    private final B1Texts texts;

    private B1Rules(B1Texts texts) {
        this.texts = texts;
    }

    /** The b1 rules as catalogue entries only. */
    public static B1Rules listed() {
        return new B1Rules(null);
    }

    /**
     * The b1 rules that run.
     *
     * @param glossaries the glossary terms of the plugin that serves a plan, added to the built-in jargon list
     * @param summaries  the parent summary of a plan, or none ({@code loaded -> Optional.empty()})
     */
    public static B1Rules running(ReadabilityThresholds thresholds, Function<Plan, List<GlossaryTerm>> glossaries,
                                  SummarySource summaries) {
        return new B1Rules(new B1Texts(thresholds, glossaries, summaries));
    }

    /** The b1 rules that run on the chapters only, with the default thresholds and no plugin glossary. */
    public static B1Rules runningOnChapters() {
        return running(ReadabilityThresholds.defaults(), plan -> List.of(), loaded -> Optional.empty());
    }

    public List<Rule> rules() {
        return ReadabilityRules.ids().stream().<Rule>map(id -> new B1Rule(id, texts)).toList();
    }
}
