package nl.opmaat.core.rules;

import java.util.HashMap;
import java.util.Map;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;

/**
 * One loaded plan as {@link PlanSourceRule}s see it, with the work they share: several rules that need the same
 * analysis (the five b1 rules read the same texts) ask for it under one key and get it worked out once per plan.
 * One instance per plan and run; rules of one plan run on one thread.
 */
public final class PlanSources {

    private final LoadedPlan loaded;
    private final Map<Object, Object> shared = new HashMap<>();

    public PlanSources(LoadedPlan loaded) {
        this.loaded = loaded;
    }

    public LoadedPlan loaded() {
        return loaded;
    }

    /** Work that may find a source unusable. */
    @FunctionalInterface
    public interface Work<T> {
        T on(LoadedPlan loaded) throws PlanInputException;
    }

    /** The result of {@code work} for this plan, done on the first call with {@code key} and remembered. */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Work<T> work) throws PlanInputException {
        Object known = shared.get(key);
        if (known == null) {
            known = work.on(loaded);
            shared.put(key, known);
        }
        return (T) known;
    }
}
