package nl.opmaat.core.rules.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.MarkdownTextExtractor;
import nl.opmaat.core.readability.ReadabilityChecker;
import nl.opmaat.core.readability.ReadabilityIssue;
import nl.opmaat.core.readability.ReadabilityThresholds;
import nl.opmaat.core.readability.TextSource;

/**
 * The texts the b1 rules judge in one plan (every chapter, then the summary for parents) and how: the thresholds and
 * the plan's glossary. Read from the plan already loaded for the other rules, so a plan is read once.
 */
final class B1Texts {

    private final ReadabilityThresholds thresholds;
    private final Function<Plan, List<GlossaryTerm>> glossaries;
    private final SummarySource summaries;

    B1Texts(ReadabilityThresholds thresholds, Function<Plan, List<GlossaryTerm>> glossaries, SummarySource summaries) {
        this.thresholds = thresholds;
        this.glossaries = glossaries;
        this.summaries = summaries;
    }

    /**
     * What the b1 rules find in the plan's chapters and summary, in that order.
     *
     * @throws PlanInputException when the summary cannot be made from the plan's parent texts
     */
    List<ReadabilityIssue> issues(LoadedPlan loaded) throws PlanInputException {
        Plan plan = loaded.plan();
        List<TextSource> texts = new ArrayList<>(new MarkdownTextExtractor().chapters(plan));
        summaries.summary(loaded).ifPresent(texts::add);
        ReadabilityChecker checker = new ReadabilityChecker(thresholds, JargonDetector.withBuiltIn(glossaries.apply(plan)));
        List<ReadabilityIssue> out = new ArrayList<>();
        for (TextSource text : texts) {
            out.addAll(checker.issues(checker.analyse(text)));
        }
        return out;
    }
}
