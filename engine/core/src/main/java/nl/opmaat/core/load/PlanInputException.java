package nl.opmaat.core.load;

import java.util.List;

/** Thrown when a plan cannot be read, validated or bound; carries every problem found, in file order. */
public final class PlanInputException extends Exception {

    private final transient List<PlanProblem> problems;

    public PlanInputException(List<PlanProblem> problems) {
        super(problems.isEmpty() ? "unusable plan" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public PlanInputException(PlanProblem problem) {
        this(List.of(problem));
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
