package planted.cycle.b;

import planted.cycle.a.Left;

/** The other half: b depends on a, so a → b → a. */
public final class Right {
    public Left left() {
        return new Left();
    }
}
